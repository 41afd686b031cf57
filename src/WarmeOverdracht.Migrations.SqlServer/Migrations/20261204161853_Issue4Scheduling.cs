using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeOverdracht.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Issue4Scheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChangeoverMinutes",
                table: "SchoolYears",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MaxPupilsPerCall",
                table: "SchoolYears",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Pinned",
                table: "CallBlocks",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PhoneLineUnavailabilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PhoneLineId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: false),
                    End = table.Column<TimeOnly>(type: "time", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneLineUnavailabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhoneLineUnavailabilities_PhoneLines_PhoneLineId",
                        column: x => x.PhoneLineId,
                        principalTable: "PhoneLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PhoneLineUnavailabilities_PhoneLineId",
                table: "PhoneLineUnavailabilities",
                column: "PhoneLineId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhoneLineUnavailabilities");

            migrationBuilder.DropColumn(
                name: "ChangeoverMinutes",
                table: "SchoolYears");

            migrationBuilder.DropColumn(
                name: "MaxPupilsPerCall",
                table: "SchoolYears");

            migrationBuilder.DropColumn(
                name: "Pinned",
                table: "CallBlocks");
        }
    }
}

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

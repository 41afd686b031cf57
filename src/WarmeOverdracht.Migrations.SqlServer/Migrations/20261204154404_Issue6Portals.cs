using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeOverdracht.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Issue6Portals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConfirmedAt",
                table: "PhoneLines",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Role",
                table: "PhoneLines",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReasonKind",
                table: "HandoverRequests",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Outcome",
                table: "CallBlocks",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutcomeAt",
                table: "CallBlocks",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: true),
                    PupilId = table.Column<int>(type: "int", nullable: true),
                    EntityId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "ScheduleCallers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScheduleId = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<int>(type: "int", nullable: false),
                    CallerNumber = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleCallers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduleCallers_Schedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "Schedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScheduleCallers_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PupilId",
                table: "AuditEntries",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SchoolId",
                table: "AuditEntries",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneLineUnavailabilities_PhoneLineId",
                table: "PhoneLineUnavailabilities",
                column: "PhoneLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleCallers_ScheduleId_SchoolId_CallerNumber",
                table: "ScheduleCallers",
                columns: new[] { "ScheduleId", "SchoolId", "CallerNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleCallers_SchoolId",
                table: "ScheduleCallers",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "PhoneLineUnavailabilities");

            migrationBuilder.DropTable(
                name: "ScheduleCallers");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "PhoneLines");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "PhoneLines");

            migrationBuilder.DropColumn(
                name: "ReasonKind",
                table: "HandoverRequests");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "CallBlocks");

            migrationBuilder.DropColumn(
                name: "OutcomeAt",
                table: "CallBlocks");
        }
    }
}

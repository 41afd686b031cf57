using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeOverdracht.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MaxPupilsPerCall",
                table: "SchoolYears",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Pinned",
                table: "CallBlocks",
                type: "INTEGER",
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

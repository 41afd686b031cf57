using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeOverdracht.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Issue3ElkMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SheetName",
                table: "ElkImports",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ElkHeaderMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Header = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElkHeaderMappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ElkHeaderMappings_Header",
                table: "ElkHeaderMappings",
                column: "Header",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElkHeaderMappings");

            migrationBuilder.DropColumn(
                name: "SheetName",
                table: "ElkImports");
        }
    }
}

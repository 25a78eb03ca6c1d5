using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilmSortTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortTitle",
                table: "Films",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            // Existing rows get a plain key; the app refines it on their next save.
            migrationBuilder.Sql("UPDATE Films SET SortTitle = lower(Title)");

            migrationBuilder.CreateIndex(
                name: "IX_Films_SortTitle",
                table: "Films",
                column: "SortTitle");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Films_SortTitle",
                table: "Films");

            migrationBuilder.DropColumn(
                name: "SortTitle",
                table: "Films");
        }
    }
}

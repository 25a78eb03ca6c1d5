using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArticleImportOncePerText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleImports_SourceHash",
                table: "ArticleImports");

            // Duplicates a race stored before this index existed: the first stays, later ones are set aside as discarded.
            migrationBuilder.Sql("""
                UPDATE "ArticleImports" SET "Status" = 'Discarded'
                WHERE "Status" <> 'Discarded' AND EXISTS (
                  SELECT 1 FROM "ArticleImports" e
                  WHERE e."SourceHash" = "ArticleImports"."SourceHash" AND e."Status" <> 'Discarded' AND e."Id" < "ArticleImports"."Id")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_SourceHash",
                table: "ArticleImports",
                column: "SourceHash",
                unique: true,
                filter: "\"Status\" <> 'Discarded'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleImports_SourceHash",
                table: "ArticleImports");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_SourceHash",
                table: "ArticleImports",
                column: "SourceHash");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TextFoldKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No schema change: names, titles and search keys now share one fold that transliterates every script
            // (Œ, Cyrillic, CJK alike), so every search document and film sort key is recomputed after the
            // migrations (see SearchIndexer).
            foreach (var sql in Search.SearchIndexer.RequestSql(postgres: true, Search.SearchIndexer.Films, Search.SearchIndexer.People, Search.SearchIndexer.Reviews)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

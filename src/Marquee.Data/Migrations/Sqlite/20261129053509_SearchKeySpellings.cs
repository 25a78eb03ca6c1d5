using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchKeySpellings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No schema change: search keys gained the person linker's spelling rules, so every search document is
            // recomputed, after the migrations (see SearchIndexer).
            foreach (var sql in Search.SearchIndexer.RequestSql(postgres: false, Search.SearchIndexer.Films, Search.SearchIndexer.People, Search.SearchIndexer.Reviews)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

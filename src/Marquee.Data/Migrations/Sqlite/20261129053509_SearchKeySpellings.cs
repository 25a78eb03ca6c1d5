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
            // No schema change: search keys gained the person linker's spelling rules, so DatabaseMigrator
            // recomputes every search document after this migration.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

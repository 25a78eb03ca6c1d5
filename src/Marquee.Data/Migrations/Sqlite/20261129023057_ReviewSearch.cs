using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_Key",
                table: "SearchDocuments");

            migrationBuilder.CreateTable(
                name: "ReviewSearch",
                columns: table => new
                {
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    FilmId = table.Column<int>(type: "INTEGER", nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    SpoilerKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewSearch", x => x.ReviewId);
                    table.ForeignKey(
                        name: "FK_ReviewSearch_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Key_Weight",
                table: "SearchDocuments",
                columns: new[] { "Key", "Weight" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSearch_FilmId",
                table: "ReviewSearch",
                column: "FilmId");

            // Catalogue words move to SearchRanked, whose rowid order is popularity order (see SqliteSearchIndex); typos
            // are found through it as spellings one edit away, so the trigram table goes.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_au\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_ad\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_ai\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchTrigrams\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchWords\";");
            migrationBuilder.Sql(Search.SqliteSearchIndex.CreateTable);
            migrationBuilder.Sql(Search.SqliteSearchIndex.CreateVocabulary);
            migrationBuilder.Sql(Search.SqliteSearchIndex.InsertTrigger);
            migrationBuilder.Sql(Search.SqliteSearchIndex.DeleteTrigger);
            migrationBuilder.Sql(Search.SqliteSearchIndex.UpdateTrigger);
            migrationBuilder.Sql(Search.SqliteSearchIndex.Rebuild);

            // Review words: the shown text and the spoilers in two columns, so a query can leave the spoilers out.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ReviewWords" USING fts5("Key", "SpoilerKey", content = 'ReviewSearch', content_rowid = 'ReviewId',
                  tokenize = 'unicode61', prefix = '2 3');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ReviewSearch_ai" AFTER INSERT ON "ReviewSearch" BEGIN
                  INSERT INTO "ReviewWords"(rowid, "Key", "SpoilerKey") VALUES (new."ReviewId", new."Key", new."SpoilerKey");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ReviewSearch_ad" AFTER DELETE ON "ReviewSearch" BEGIN
                  INSERT INTO "ReviewWords"("ReviewWords", rowid, "Key", "SpoilerKey") VALUES ('delete', old."ReviewId", old."Key", old."SpoilerKey");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ReviewSearch_au" AFTER UPDATE ON "ReviewSearch" BEGIN
                  INSERT INTO "ReviewWords"("ReviewWords", rowid, "Key", "SpoilerKey") VALUES ('delete', old."ReviewId", old."Key", old."SpoilerKey");
                  INSERT INTO "ReviewWords"(rowid, "Key", "SpoilerKey") VALUES (new."ReviewId", new."Key", new."SpoilerKey");
                END;
                """);
            // Search documents are computed in C#: the re-index runs after the migrations (see SearchIndexer).
            foreach (var sql in Search.SearchIndexer.RequestSql(postgres: false, Search.SearchIndexer.Reviews)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "ReviewSearch_au", "ReviewSearch_ad", "ReviewSearch_ai", "SearchDocuments_au", "SearchDocuments_ad", "SearchDocuments_ai" })
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ReviewWords\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchRankedWords\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchRanked\";");
            migrationBuilder.DropTable(
                name: "ReviewSearch");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_Key_Weight",
                table: "SearchDocuments");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Key",
                table: "SearchDocuments",
                column: "Key");
        }
    }
}

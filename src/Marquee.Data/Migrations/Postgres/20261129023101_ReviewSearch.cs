using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Postgres
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
                    ReviewId = table.Column<int>(type: "integer", nullable: false),
                    FilmId = table.Column<int>(type: "integer", nullable: false),
                    Excerpt = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    SpoilerKey = table.Column<string>(type: "text", nullable: false)
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

            // Shown words alone (shield on), and shown plus spoiler words (shield lifted): each query has its index.
            migrationBuilder.Sql("CREATE INDEX \"IX_ReviewSearch_Key_words\" ON \"ReviewSearch\" USING gin (to_tsvector('simple', \"Key\"));");
            migrationBuilder.Sql("CREATE INDEX \"IX_ReviewSearch_AllKey_words\" ON \"ReviewSearch\" USING gin (to_tsvector('simple', \"Key\" || ' ' || \"SpoilerKey\"));");
            // Search documents are computed in C#: the re-index runs after the migrations (see SearchIndexer).
            foreach (var sql in Search.SearchIndexer.RequestSql(postgres: true, Search.SearchIndexer.Reviews)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marquee.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FilmRatings",
                columns: table => new
                {
                    FilmId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Average = table.Column<double>(type: "REAL", nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilmRatings", x => x.FilmId);
                    table.ForeignKey(
                        name: "FK_FilmRatings_Films_FilmId",
                        column: x => x.FilmId,
                        principalTable: "Films",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportCheckpoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    File = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LinesDone = table.Column<long>(type: "INTEGER", nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FilmId = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Weight = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Films_FilmId",
                        column: x => x.FilmId,
                        principalTable: "Films",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportCheckpoints_Source_File",
                table: "ImportCheckpoints",
                columns: new[] { "Source", "File" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FilmId",
                table: "SearchDocuments",
                column: "FilmId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Key",
                table: "SearchDocuments",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_PersonId",
                table: "SearchDocuments",
                column: "PersonId");

            // FTS5 tables fed by triggers: words (with prefix indexes) for matching, trigrams of " word " for typos.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchWords\" USING fts5(\"Key\", tokenize = 'unicode61', prefix = '2 3');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchTrigrams\" USING fts5(\"Padded\", tokenize = 'trigram');");
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_ai" AFTER INSERT ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchWords"(rowid, "Key") VALUES (new."Id", new."Key");
                  INSERT INTO "SearchTrigrams"(rowid, "Padded") VALUES (new."Id", ' ' || replace(new."Key", ' ', '  ') || ' ');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_ad" AFTER DELETE ON "SearchDocuments" BEGIN
                  DELETE FROM "SearchWords" WHERE rowid = old."Id";
                  DELETE FROM "SearchTrigrams" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_au" AFTER UPDATE OF "Key" ON "SearchDocuments" BEGIN
                  UPDATE "SearchWords" SET "Key" = new."Key" WHERE rowid = new."Id";
                  UPDATE "SearchTrigrams" SET "Padded" = ' ' || replace(new."Key", ' ', '  ') || ' ' WHERE rowid = new."Id";
                END;
                """);
            // Search documents are computed in C#: the re-index runs after the migrations (see SearchIndexer).
            foreach (var sql in Search.SearchIndexer.RequestSql(postgres: false, Search.SearchIndexer.Films, Search.SearchIndexer.People)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_au\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_ad\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SearchDocuments_ai\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchTrigrams\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"SearchWords\";");
            migrationBuilder.DropTable(
                name: "FilmRatings");
            migrationBuilder.DropTable(
                name: "FilmRatings");

            migrationBuilder.DropTable(
                name: "ImportCheckpoints");

            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marquee.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ArticleImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceKind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SourceName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SourceText = table.Column<string>(type: "character varying(2097152)", maxLength: 2097152, nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExtractedJson = table.Column<string>(type: "text", nullable: false),
                    FilmTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PublicationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ScoreText = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    HasSpoilerWarning = table.Column<bool>(type: "boolean", nullable: false),
                    SpoilerNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Directors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Headline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Dek = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    FilmId = table.Column<int>(type: "integer", nullable: true),
                    FilmStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FilmReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ProposedFilmYear = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewId = table.Column<int>(type: "integer", nullable: true),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleImports_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ArticleImports_Films_FilmId",
                        column: x => x.FilmId,
                        principalTable: "Films",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ArticleImports_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProposedCredits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleImportId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Character = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CharacterAliases = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedCredits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposedCredits_ArticleImports_ArticleImportId",
                        column: x => x.ArticleImportId,
                        principalTable: "ArticleImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposedCredits_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProposedLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleImportId = table.Column<int>(type: "integer", nullable: false),
                    Spelling = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposedLinks_ArticleImports_ArticleImportId",
                        column: x => x.ArticleImportId,
                        principalTable: "ArticleImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposedLinks_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_CreatedById",
                table: "ArticleImports",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_FilmId",
                table: "ArticleImports",
                column: "FilmId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_ReviewId",
                table: "ArticleImports",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_SourceHash",
                table: "ArticleImports",
                column: "SourceHash");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImports_Status_CreatedAt",
                table: "ArticleImports",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposedCredits_ArticleImportId",
                table: "ProposedCredits",
                column: "ArticleImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedCredits_PersonId",
                table: "ProposedCredits",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedLinks_ArticleImportId_Spelling_PersonId",
                table: "ProposedLinks",
                columns: new[] { "ArticleImportId", "Spelling", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposedLinks_PersonId",
                table: "ProposedLinks",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposedCredits");

            migrationBuilder.DropTable(
                name: "ProposedLinks");

            migrationBuilder.DropTable(
                name: "ArticleImports");
        }
    }
}

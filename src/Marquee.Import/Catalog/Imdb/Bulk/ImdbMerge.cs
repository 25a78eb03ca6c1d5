using Marquee.Core.Text;
using Marquee.Data.Search;

namespace Marquee.Import.Catalog.Imdb.Bulk;

/// <summary>The counts of one merge step, for the file its rows came from.</summary>
internal sealed record MergeCounts(ImdbFileKind File, long Added, long Updated, long Unchanged, long Bad = 0);

/// <summary>
/// Merges the staged IMDb rows into the catalogue with set-based SQL, in the caller's transaction: films by IMDb id,
/// else by title and year where the directors do not disagree; people by IMDb id, else by an unambiguous name or
/// alias; then ratings, alternative titles and credits, each added once; then the new search documents and weights.
/// Only blanks are filled, so a second run changes nothing.
/// </summary>
internal sealed class ImdbMerge(BulkSql sql)
{
    private const string FilmMap = "ImdbFilmMap";
    private const string PersonMap = "ImdbPersonMap";

    /// <summary>Existing films and people whose names or years changed: their search documents are rebuilt by the caller.</summary>
    public HashSet<int> TouchedFilms { get; } = [];
    public HashSet<int> TouchedPeople { get; } = [];

    public async Task<List<MergeCounts>> RunAsync(Action<long, string> unknownPerson, Action<string> step, CancellationToken ct)
    {
        var d = sql.Dialect;
        step("indexing the staged rows");
        await sql.ExecAsync("""CREATE INDEX IF NOT EXISTS "IX_ImdbStageTitles_Tconst" ON "ImdbStageTitles" ("Tconst")""", ct);
        await sql.ExecAsync("""CREATE INDEX IF NOT EXISTS "IX_ImdbStageTitles_Title" ON "ImdbStageTitles" ("Title")""", ct);
        await sql.ExecAsync("""CREATE INDEX IF NOT EXISTS "IX_ImdbStageNames_Nconst" ON "ImdbStageNames" ("Nconst")""", ct);
        await sql.ExecAsync("""CREATE INDEX IF NOT EXISTS "IX_ImdbStageNames_Name" ON "ImdbStageNames" ("Name")""", ct);
        await sql.ExecAsync("""CREATE INDEX IF NOT EXISTS "IX_ImdbStageCredits_Tconst" ON "ImdbStageCredits" ("Tconst", "Job")""", ct);
        await sql.ExecAsync("""CREATE INDEX IF NOT EXISTS "IX_ImdbStageAkas_Tconst" ON "ImdbStageAkas" ("Tconst")""", ct);
        step("films");
        var counts = new List<MergeCounts> { await FilmsAsync(d, ct) };
        step("ratings");
        counts.Add(await RatingsAsync(ct));
        step("alternative titles");
        counts.Add(await AkasAsync(d, ct));
        step("people");
        counts.Add(await PeopleAsync(d, ct));
        step("credits");
        counts.AddRange(await CreditsAsync(unknownPerson, ct));
        // Weights first, so new documents are written once with theirs: on SQLite a changed weight moves a document
        // in the ranked word index (a delete and an insert there).
        step("search weights");
        await WeightsAsync(ct);
        step("search documents");
        await SearchDocumentsAsync(ct);
        await ExistingWeightsAsync(ct);
        foreach (var table in new[] { FilmMap, PersonMap, "ImdbTitlePairs", "ImdbNamePairs", "ImdbNewCredits", "ImdbFilmWeights", "ImdbPersonWeights" })
            await sql.ExecAsync($"DROP TABLE IF EXISTS \"{table}\"", ct);
        return counts;
    }

    private async Task<MergeCounts> FilmsAsync(BulkDialect d, CancellationToken ct)
    {
        var staged = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbStageTitles" """, ct);
        await sql.ExecAsync($"""CREATE TEMP TABLE "{FilmMap}" ("Tconst" text PRIMARY KEY, "FilmId" integer NOT NULL, "IsNew" integer NOT NULL)""", ct);
        await sql.ExecAsync($"""
            INSERT INTO "{FilmMap}" SELECT "ImdbId", MIN("Id"), 0 FROM "Films" WHERE "ImdbId" IS NOT NULL GROUP BY "ImdbId"
            """, ct);
        // Films without an IMDb id, by title (or original title) and year, where their directors do not disagree.
        await sql.ExecAsync($"""
            CREATE TEMP TABLE "ImdbTitlePairs" AS
            SELECT s."Tconst", f."Id" AS "FilmId"
            FROM (SELECT "Id", "Title" AS "Spelling", "Year" FROM "Films" WHERE "ImdbId" IS NULL
                  UNION SELECT "Id", "OriginalTitle", "Year" FROM "Films" WHERE "ImdbId" IS NULL AND "OriginalTitle" IS NOT NULL) f
            JOIN "ImdbStageTitles" s ON s."Title" = f."Spelling"
            WHERE {d.Same("s.\"Year\"", "f.\"Year\"")} AND NOT EXISTS (SELECT 1 FROM "{FilmMap}" m WHERE m."Tconst" = s."Tconst")
            """, ct);
        await sql.ExecAsync($"""
            DELETE FROM "ImdbTitlePairs" WHERE
              EXISTS (SELECT 1 FROM "Credits" c WHERE c."FilmId" = "ImdbTitlePairs"."FilmId" AND c."Kind" = 2 AND c."Job" = 'Director')
              AND EXISTS (SELECT 1 FROM "ImdbStageCredits" sc WHERE sc."Tconst" = "ImdbTitlePairs"."Tconst" AND sc."Job" = 'Director')
              AND NOT EXISTS (
                SELECT 1 FROM "ImdbStageCredits" sc JOIN "ImdbStageNames" n ON n."Nconst" = sc."Nconst"
                WHERE sc."Tconst" = "ImdbTitlePairs"."Tconst" AND sc."Job" = 'Director'
                  AND EXISTS (SELECT 1 FROM "Credits" c JOIN "People" p ON p."Id" = c."PersonId"
                              WHERE c."FilmId" = "ImdbTitlePairs"."FilmId" AND c."Kind" = 2 AND c."Job" = 'Director' AND p."Name" = n."Name"))
            """, ct);
        // One film per title and one title per film: the first of each claims the other.
        await sql.ExecAsync($"""
            INSERT INTO "{FilmMap}" ("Tconst", "FilmId", "IsNew")
            SELECT "Tconst", "FilmId", 0 FROM (
              SELECT "Tconst", "FilmId",
                     ROW_NUMBER() OVER (PARTITION BY "FilmId" ORDER BY "Tconst") AS "ByFilm",
                     ROW_NUMBER() OVER (PARTITION BY "Tconst" ORDER BY "FilmId") AS "ByTitle"
              FROM "ImdbTitlePairs") x
            WHERE "ByFilm" = 1 AND "ByTitle" = 1
            """, ct);

        var maxId = await sql.CountAsync("""SELECT COALESCE(MAX("Id"), 0) FROM "Films" """, ct);
        var incoming = staged - await sql.CountAsync($"""SELECT COUNT(*) FROM "ImdbStageTitles" s JOIN "{FilmMap}" m ON m."Tconst" = s."Tconst" """, ct);
        var added = await sql.WithIndexesDeferredAsync("Films", incoming, () => sql.ExecAsync($"""
            INSERT INTO "Films" ("Slug", "Title", "OriginalTitle", "SortTitle", "Year", "RuntimeMinutes", "Genres", "Countries",
                                 "ProductionCompanies", "Distributors", "ImdbId", "CreatedAt", "UpdatedAt", "Version")
            SELECT {SlugChoice("Films")}, x."Title", x."OriginalTitle", x."SortTitle", x."Year", x."Runtime", x."Genres",
                   {d.EmptyList}, {d.EmptyList}, {d.EmptyList}, x."Tconst", @now, @now, 1
            FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s."SlugFirst" ORDER BY s."Tconst") AS "Rank"
                  FROM "ImdbStageTitles" s WHERE NOT EXISTS (SELECT 1 FROM "{FilmMap}" m WHERE m."Tconst" = s."Tconst")) x
            ORDER BY x."Tconst"
            """, ct), ct);
        await sql.ExecAsync($"""INSERT INTO "{FilmMap}" SELECT "ImdbId", "Id", 1 FROM "Films" WHERE "Id" > @max""", ct, ("max", maxId));

        // What IMDb knows fills what the catalogue lacks; an editor's values are never overwritten.
        var filled = $"""
            FROM "{FilmMap}" m JOIN "ImdbStageTitles" s ON s."Tconst" = m."Tconst"
            WHERE "Films"."Id" = m."FilmId" AND m."IsNew" = 0
            """;
        foreach (var row in await sql.RowsAsync($"""
            SELECT "Films"."Id" FROM "Films", "{FilmMap}" m JOIN "ImdbStageTitles" s ON s."Tconst" = m."Tconst"
            WHERE "Films"."Id" = m."FilmId" AND m."IsNew" = 0
              AND (("Films"."OriginalTitle" IS NULL AND s."OriginalTitle" IS NOT NULL) OR ("Films"."Year" IS NULL AND s."Year" IS NOT NULL))
            """, ct)) TouchedFilms.Add(Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture));
        var updated = await sql.ExecAsync($"""
            UPDATE "Films" SET
              "ImdbId" = COALESCE("Films"."ImdbId", s."Tconst"),
              "OriginalTitle" = COALESCE("Films"."OriginalTitle", s."OriginalTitle"),
              "RuntimeMinutes" = COALESCE("Films"."RuntimeMinutes", s."Runtime"),
              "Year" = COALESCE("Films"."Year", s."Year"),
              "Genres" = CASE WHEN {d.IsEmptyList("\"Films\".\"Genres\"")} THEN s."Genres" ELSE "Films"."Genres" END,
              "UpdatedAt" = @now, "Version" = "Films"."Version" + 1
            {filled}
              AND ("Films"."ImdbId" IS NULL
                   OR ("Films"."OriginalTitle" IS NULL AND s."OriginalTitle" IS NOT NULL)
                   OR ("Films"."RuntimeMinutes" IS NULL AND s."Runtime" IS NOT NULL)
                   OR ("Films"."Year" IS NULL AND s."Year" IS NOT NULL)
                   OR ({d.IsEmptyList("\"Films\".\"Genres\"")} AND NOT {d.IsEmptyList("s.\"Genres\"")}))
            """, ct);
        return new MergeCounts(ImdbFileKind.TitleBasics, added, updated, staged - added - updated);
    }

    private async Task<MergeCounts> RatingsAsync(CancellationToken ct)
    {
        var staged = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbStageRatings" """, ct);
        var updated = await sql.ExecAsync($"""
            UPDATE "FilmRatings" SET "Average" = r."Average", "Votes" = r."Votes"
            FROM "ImdbStageRatings" r JOIN "{FilmMap}" m ON m."Tconst" = r."Tconst"
            WHERE "FilmRatings"."FilmId" = m."FilmId" AND ("FilmRatings"."Average" <> r."Average" OR "FilmRatings"."Votes" <> r."Votes")
            """, ct);
        var added = await sql.ExecAsync($"""
            INSERT INTO "FilmRatings" ("FilmId", "Source", "Average", "Votes")
            SELECT m."FilmId", 'imdb', r."Average", r."Votes" FROM "ImdbStageRatings" r JOIN "{FilmMap}" m ON m."Tconst" = r."Tconst"
            WHERE NOT EXISTS (SELECT 1 FROM "FilmRatings" x WHERE x."FilmId" = m."FilmId")
            ORDER BY m."FilmId"
            """, ct);
        return new MergeCounts(ImdbFileKind.TitleRatings, added, updated, staged - added - updated);
    }

    private async Task<MergeCounts> AkasAsync(BulkDialect d, CancellationToken ct)
    {
        var staged = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbStageAkas" """, ct);
        var fresh = $"""
            FROM (SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a."Tconst", a."Title", COALESCE(a."Region", '') ORDER BY a."Line") AS "Rank"
                  FROM "ImdbStageAkas" a) a
            JOIN "{FilmMap}" m ON m."Tconst" = a."Tconst"
            WHERE a."Rank" = 1
              AND NOT EXISTS (SELECT 1 FROM "FilmTitles" t WHERE t."FilmId" = m."FilmId" AND t."Title" = a."Title" AND {d.Same("t.\"Region\"", "a.\"Region\"")})
            """;
        foreach (var row in await sql.RowsAsync($"""SELECT DISTINCT m."FilmId" {fresh} AND m."IsNew" = 0""", ct))
            TouchedFilms.Add(Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture));
        var added = await sql.WithIndexesDeferredAsync("FilmTitles", staged, () => sql.ExecAsync($"""
            INSERT INTO "FilmTitles" ("FilmId", "Title", "Region", "Language", "Kind")
            SELECT m."FilmId", a."Title", a."Region", a."Language", a."Kind" {fresh}
            ORDER BY m."FilmId", a."Line"
            """, ct), ct);
        return new MergeCounts(ImdbFileKind.TitleAkas, added, 0, staged - added);
    }

    private async Task<MergeCounts> PeopleAsync(BulkDialect d, CancellationToken ct)
    {
        var staged = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbStageNames" """, ct);
        await sql.ExecAsync($"""CREATE TEMP TABLE "{PersonMap}" ("Nconst" text PRIMARY KEY, "PersonId" integer NOT NULL, "IsNew" integer NOT NULL)""", ct);
        await sql.ExecAsync($"""
            INSERT INTO "{PersonMap}" SELECT "ImdbId", MIN("Id"), 0 FROM "People" WHERE "ImdbId" IS NOT NULL GROUP BY "ImdbId"
            """, ct);
        // People without an IMDb id, by display name or alias, whose birth years do not disagree.
        await sql.ExecAsync($"""
            CREATE TEMP TABLE "ImdbNamePairs" AS
            SELECT DISTINCT n."Nconst", p."Id" AS "PersonId"
            FROM (SELECT "Id", "Name" AS "Spelling", "BirthYear" FROM "People" WHERE "ImdbId" IS NULL
                  UNION ALL
                  SELECT p."Id", a."Name", p."BirthYear" FROM "PersonAliases" a JOIN "People" p ON p."Id" = a."PersonId" WHERE p."ImdbId" IS NULL) p
            JOIN "ImdbStageNames" n ON n."Name" = p."Spelling"
            WHERE (p."BirthYear" IS NULL OR n."BirthYear" IS NULL OR p."BirthYear" = n."BirthYear")
              AND NOT EXISTS (SELECT 1 FROM "{PersonMap}" m WHERE m."Nconst" = n."Nconst")
            """, ct);
        // A name merges only when it is unambiguous (one candidate), and a person is claimed once.
        await sql.ExecAsync($"""
            INSERT INTO "{PersonMap}" ("Nconst", "PersonId", "IsNew")
            SELECT "Nconst", "PersonId", 0 FROM (
              SELECT "Nconst", "PersonId",
                     COUNT(*) OVER (PARTITION BY "Nconst") AS "Candidates",
                     ROW_NUMBER() OVER (PARTITION BY "PersonId" ORDER BY "Nconst") AS "ByPerson"
              FROM "ImdbNamePairs") x
            WHERE "Candidates" = 1 AND "ByPerson" = 1
            """, ct);

        var maxId = await sql.CountAsync("""SELECT COALESCE(MAX("Id"), 0) FROM "People" """, ct);
        var incoming = staged - await sql.CountAsync($"""SELECT COUNT(*) FROM "ImdbStageNames" n JOIN "{PersonMap}" m ON m."Nconst" = n."Nconst" """, ct);
        var added = await sql.WithIndexesDeferredAsync("People", incoming, () => sql.ExecAsync($"""
            INSERT INTO "People" ("Slug", "Name", "BirthYear", "DeathYear", "ImdbId", "CreatedAt", "UpdatedAt", "Version")
            SELECT {SlugChoice("People")}, x."Name", x."BirthYear", x."DeathYear", x."Nconst", @now, @now, 1
            FROM (SELECT n.*, ROW_NUMBER() OVER (PARTITION BY n."SlugFirst" ORDER BY n."Nconst") AS "Rank"
                  FROM "ImdbStageNames" n WHERE NOT EXISTS (SELECT 1 FROM "{PersonMap}" m WHERE m."Nconst" = n."Nconst")) x
            ORDER BY x."Nconst"
            """, ct), ct);
        await sql.ExecAsync($"""INSERT INTO "{PersonMap}" SELECT "ImdbId", "Id", 1 FROM "People" WHERE "Id" > @max""", ct, ("max", maxId));

        foreach (var row in await sql.RowsAsync($"""
            SELECT "People"."Id" FROM "People", "{PersonMap}" m JOIN "ImdbStageNames" n ON n."Nconst" = m."Nconst"
            WHERE "People"."Id" = m."PersonId" AND m."IsNew" = 0 AND "People"."BirthYear" IS NULL AND n."BirthYear" IS NOT NULL
            """, ct)) TouchedPeople.Add(Convert.ToInt32(row[0], System.Globalization.CultureInfo.InvariantCulture));
        var updated = await sql.ExecAsync($"""
            UPDATE "People" SET
              "ImdbId" = COALESCE("People"."ImdbId", n."Nconst"),
              "BirthYear" = COALESCE("People"."BirthYear", n."BirthYear"),
              "DeathYear" = COALESCE("People"."DeathYear", n."DeathYear"),
              "UpdatedAt" = @now, "Version" = "People"."Version" + 1
            FROM "{PersonMap}" m JOIN "ImdbStageNames" n ON n."Nconst" = m."Nconst"
            WHERE "People"."Id" = m."PersonId" AND m."IsNew" = 0
              AND ("People"."ImdbId" IS NULL
                   OR ("People"."BirthYear" IS NULL AND n."BirthYear" IS NOT NULL)
                   OR ("People"."DeathYear" IS NULL AND n."DeathYear" IS NOT NULL))
            """, ct);
        return new MergeCounts(ImdbFileKind.NameBasics, added, updated, staged - added - updated);
    }

    private async Task<List<MergeCounts>> CreditsAsync(Action<long, string> unknownPerson, CancellationToken ct)
    {
        var unknown = await sql.RowsAsync($"""
            SELECT sc."Line", sc."Nconst" FROM "ImdbStageCredits" sc JOIN "{FilmMap}" fm ON fm."Tconst" = sc."Tconst"
            WHERE sc."Source" = 0 AND NOT EXISTS (SELECT 1 FROM "{PersonMap}" pm WHERE pm."Nconst" = sc."Nconst")
            ORDER BY sc."Line"
            """, ct);
        foreach (var row in unknown) unknownPerson(Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture), (string)row[1]!);

        // A person is credited once per film as cast and once per crew department; principals come before crew.
        await sql.ExecAsync($"""
            CREATE TEMP TABLE "ImdbNewCredits" AS
            SELECT x."FilmId", x."PersonId", x."Kind", x."Character", x."CharacterAliases", x."Ord", x."Department", x."Job", x."Source", x."Line"
            FROM (SELECT fm."FilmId", pm."PersonId", sc."Kind", sc."Character", sc."CharacterAliases", sc."Ord", sc."Department", sc."Job", sc."Source", sc."Line",
                         ROW_NUMBER() OVER (PARTITION BY fm."FilmId", pm."PersonId", sc."Kind", CASE WHEN sc."Kind" = 1 THEN '' ELSE COALESCE(sc."Department", '') END
                                            ORDER BY sc."Source", sc."Line", sc."Ord") AS "Rank"
                  FROM "ImdbStageCredits" sc
                  JOIN "{FilmMap}" fm ON fm."Tconst" = sc."Tconst"
                  JOIN "{PersonMap}" pm ON pm."Nconst" = sc."Nconst") x
            WHERE x."Rank" = 1
              AND NOT EXISTS (SELECT 1 FROM "Credits" c WHERE c."FilmId" = x."FilmId" AND c."PersonId" = x."PersonId" AND c."Kind" = x."Kind"
                              AND (x."Kind" = 1 OR COALESCE(c."Department", '') = COALESCE(x."Department", '')))
            """, ct);
        var principalsAdded = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbNewCredits" WHERE "Source" = 0""", ct);
        var crewAdded = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbNewCredits" WHERE "Source" = 1""", ct);
        await sql.WithIndexesDeferredAsync("Credits", principalsAdded + crewAdded, () => sql.ExecAsync("""
            INSERT INTO "Credits" ("FilmId", "PersonId", "Kind", "Character", "CharacterAliases", "Order", "Department", "Job", "CreatedAt", "UpdatedAt", "Version")
            SELECT "FilmId", "PersonId", "Kind", "Character", "CharacterAliases", "Ord", "Department", "Job", @now, @now, 1
            FROM "ImdbNewCredits" ORDER BY "FilmId", "Source", "Line", "Ord"
            """, ct), ct);
        var principals = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbStageCredits" WHERE "Source" = 0""", ct);
        var crew = await sql.CountAsync("""SELECT COUNT(*) FROM "ImdbStageCredits" WHERE "Source" = 1""", ct);
        return
        [
            new MergeCounts(ImdbFileKind.TitlePrincipals, principalsAdded, 0, principals - principalsAdded - unknown.Count, unknown.Count),
            new MergeCounts(ImdbFileKind.TitleCrew, crewAdded, 0, crew - crewAdded),
        ];
    }

    /// <summary>New films' and people's search documents, from the keys computed while staging: one per distinct key.</summary>
    private async Task SearchDocumentsAsync(CancellationToken ct)
    {
        var incoming = await sql.CountAsync($"""SELECT COUNT(*) FROM "{FilmMap}" WHERE "IsNew" = 1""", ct)
            + await sql.CountAsync($"""SELECT COUNT(*) FROM "{PersonMap}" WHERE "IsNew" = 1""", ct);
        // SQLite's word index is fed here in one ordered pass rather than by its per-row triggers.
        var sqlite = sql.Dialect is SqliteDialect;
        var lastId = await sql.CountAsync("""SELECT COALESCE(MAX("Id"), 0) FROM "SearchDocuments" """, ct);
        if (sqlite) await sql.ExecAsync(SqliteSearchIndex.DropTriggers, ct);
        await sql.WithIndexesDeferredAsync("SearchDocuments", incoming, async () =>
        {
            var films = await sql.ExecAsync($"""
                INSERT INTO "SearchDocuments" ("Kind", "FilmId", "PersonId", "Name", "Key", "IsPrimary", "Year", "Weight")
                SELECT 1, x."FilmId", NULL, x."Name", x."Key", x."IsPrimary", x."Year", COALESCE(w."Weight", 0) FROM (
                  SELECT n.*, ROW_NUMBER() OVER (PARTITION BY n."FilmId", n."Key" ORDER BY n."Rank", n."Line") AS "Pick" FROM (
                    SELECT m."FilmId", s."Title" AS "Name", s."TitleKey" AS "Key", TRUE AS "IsPrimary", s."Year", 0 AS "Rank", 0 AS "Line"
                      FROM "ImdbStageTitles" s JOIN "{FilmMap}" m ON m."Tconst" = s."Tconst" AND m."IsNew" = 1
                    UNION ALL
                    SELECT m."FilmId", s."OriginalTitle", s."OriginalKey", FALSE, s."Year", 1, 0
                      FROM "ImdbStageTitles" s JOIN "{FilmMap}" m ON m."Tconst" = s."Tconst" AND m."IsNew" = 1 WHERE s."OriginalTitle" IS NOT NULL
                    UNION ALL
                    SELECT m."FilmId", a."Title", a."Key", FALSE, s."Year", 2, a."Line"
                      FROM "ImdbStageAkas" a JOIN "{FilmMap}" m ON m."Tconst" = a."Tconst" AND m."IsNew" = 1
                      JOIN "ImdbStageTitles" s ON s."Tconst" = a."Tconst") n
                  WHERE n."Key" <> '') x
                LEFT JOIN "ImdbFilmWeights" w ON w."FilmId" = x."FilmId"
                WHERE x."Pick" = 1
                ORDER BY x."FilmId", x."Rank", x."Line"
                """, ct);
            var people = await sql.ExecAsync($"""
                INSERT INTO "SearchDocuments" ("Kind", "FilmId", "PersonId", "Name", "Key", "IsPrimary", "Year", "Weight")
                SELECT 2, NULL, m."PersonId", n."Name", n."Key", TRUE, n."BirthYear", COALESCE(w."Weight", 0)
                FROM "ImdbStageNames" n JOIN "{PersonMap}" m ON m."Nconst" = n."Nconst" AND m."IsNew" = 1
                LEFT JOIN "ImdbPersonWeights" w ON w."PersonId" = m."PersonId"
                WHERE n."Key" <> ''
                ORDER BY m."PersonId"
                """, ct);
            return films + people;
        }, ct);
        if (sqlite)
        {
            await sql.ExecAsync(SqliteSearchIndex.IndexAfter, ct, ("afterId", lastId));
            await sql.ExecAsync(SqliteSearchIndex.CreateTriggers, ct);
        }
    }

    /// <summary>How well known each film and person the import touched is: SearchWeights' formula, for them only.</summary>
    private async Task WeightsAsync(CancellationToken ct)
    {
        // One grouped pass over the credits rather than a count per film: the same numbers, a fraction of the time.
        await sql.ExecAsync($"""
            CREATE TEMP TABLE "ImdbFilmWeights" AS
            SELECT f."FilmId", {SearchWeights.FilmWeightSql("COALESCE(r.\"Votes\", 0)", "COALESCE(c.\"Credits\", 0)")} AS "Weight"
            FROM (SELECT m."FilmId" FROM "{FilmMap}" m WHERE EXISTS (SELECT 1 FROM "ImdbStageTitles" s WHERE s."Tconst" = m."Tconst")
                  UNION SELECT m."FilmId" FROM "{FilmMap}" m JOIN "ImdbStageRatings" r ON r."Tconst" = m."Tconst"
                  UNION SELECT "FilmId" FROM "ImdbNewCredits") f
            LEFT JOIN "FilmRatings" r ON r."FilmId" = f."FilmId"
            LEFT JOIN (SELECT "FilmId", COUNT(*) AS "Credits" FROM "Credits" GROUP BY "FilmId") c ON c."FilmId" = f."FilmId"
            """, ct);
        await sql.ExecAsync("""CREATE INDEX "IX_ImdbFilmWeights" ON "ImdbFilmWeights" ("FilmId")""", ct);
        await sql.ExecAsync($"""
            CREATE TEMP TABLE "ImdbPersonWeights" AS
            SELECT p."PersonId", COALESCE(c."Credits", 0) AS "Weight"
            FROM (SELECT "PersonId" FROM "{PersonMap}" WHERE "IsNew" = 1 UNION SELECT "PersonId" FROM "ImdbNewCredits") p
            LEFT JOIN (SELECT "PersonId", COUNT(*) AS "Credits" FROM "Credits" GROUP BY "PersonId") c ON c."PersonId" = p."PersonId"
            """, ct);
        await sql.ExecAsync("""CREATE INDEX "IX_ImdbPersonWeights" ON "ImdbPersonWeights" ("PersonId")""", ct);
    }

    /// <summary>The documents that were here before the import, of films and people it gave credits or votes.</summary>
    private async Task ExistingWeightsAsync(CancellationToken ct)
    {
        await sql.ExecAsync("""
            UPDATE "SearchDocuments" SET "Weight" = w."Weight" FROM "ImdbFilmWeights" w
            WHERE "SearchDocuments"."FilmId" = w."FilmId" AND "SearchDocuments"."Weight" <> w."Weight"
            """, ct);
        await sql.ExecAsync("""
            UPDATE "SearchDocuments" SET "Weight" = w."Weight" FROM "ImdbPersonWeights" w
            WHERE "SearchDocuments"."PersonId" = w."PersonId" AND "SearchDocuments"."Weight" <> w."Weight"
            """, ct);
    }

    /// <summary>
    /// <see cref="SlugClaim"/> in SQL: the base slug when it is free and first among the new rows, else the base plus the
    /// IMDb id (free unless edited so), else the policy's next, numbered after the id.
    /// </summary>
    private static string SlugChoice(string table) => $"""
        CASE WHEN x."Rank" = 1 AND NOT EXISTS (SELECT 1 FROM "{table}" t WHERE t."Slug" = x."SlugFirst") THEN x."SlugFirst"
             WHEN NOT EXISTS (SELECT 1 FROM "{table}" t WHERE t."Slug" = x."SlugAlt") THEN x."SlugAlt"
             ELSE x."SlugAlt" || '-2' END
        """;
}

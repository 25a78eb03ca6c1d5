namespace Marquee.Data.Search;

/// <summary>
/// SQLite's word index of search documents, "SearchRanked": a contentless FTS5 table (no positions, prefix indexes
/// for 1–8 letters, so a typed word start is read lazily like a whole word instead of merged in full) fed by triggers on SearchDocuments. Its rowid is (kind, popularity band, document id) packed into
/// one integer, so each kind is one rowid range and ascending rowid is best known first: a search reads matches in
/// that order and stops at its LIMIT instead of sorting every match. The band is the weight's number of digits and
/// its first two digits (a 10% step), so a new credit seldom moves a document. The ReviewSearch migration creates the
/// table and triggers from these definitions: a change to them needs a migration of its own.
/// </summary>
public static class SqliteSearchIndex
{
    private const long KindBands = 4096;
    private const long IdSpan = 1L << 32;

    public const long IdMask = IdSpan - 1;

    public static long FirstRowId(SearchKind kind) => (long)kind * KindBands * IdSpan;

    /// <summary>The band of a weight, as the triggers compute it: 100 × digits + the first two digits.</summary>
    public static string BandSql(string weight)
    {
        var digits = $"CAST(CAST(max({weight}, 0) AS INTEGER) AS TEXT)";
        return $"(length({digits}) * 100 + CAST(substr({digits} || '0', 1, 2) AS INTEGER))";
    }

    /// <summary>The SearchRanked rowid of a document row (prefix "new." or "old.", or a table alias).</summary>
    public static string RowIdSql(string row) =>
        $"(({row}\"Kind\" * {KindBands} + {KindBands - 1} - {BandSql(row + "\"Weight\"")}) * {IdSpan} + {row}\"Id\")";

    public const string CreateTable =
        "CREATE VIRTUAL TABLE \"SearchRanked\" USING fts5(\"Key\", content = '', detail = none, tokenize = 'unicode61', prefix = '1 2 3 4 5 6 7 8');";

    /// <summary>The index's words and how many documents hold each (FTS5's own vocabulary view; nothing is stored).</summary>
    public const string CreateVocabulary = "CREATE VIRTUAL TABLE \"SearchRankedWords\" USING fts5vocab('SearchRanked', 'row');";

    public static string InsertTrigger => $"""
        CREATE TRIGGER "SearchDocuments_ai" AFTER INSERT ON "SearchDocuments" BEGIN
          INSERT INTO "SearchRanked"(rowid, "Key") VALUES ({RowIdSql("new.")}, new."Key");
        END;
        """;

    // A contentless table forgets a row by being told the row's old values.
    public static string DeleteTrigger => $"""
        CREATE TRIGGER "SearchDocuments_ad" AFTER DELETE ON "SearchDocuments" BEGIN
          INSERT INTO "SearchRanked"("SearchRanked", rowid, "Key") VALUES ('delete', {RowIdSql("old.")}, old."Key");
        END;
        """;

    public static string UpdateTrigger => $"""
        CREATE TRIGGER "SearchDocuments_au" AFTER UPDATE OF "Key", "Weight", "Kind" ON "SearchDocuments"
        WHEN old."Key" <> new."Key" OR {RowIdSql("old.")} <> {RowIdSql("new.")} BEGIN
          INSERT INTO "SearchRanked"("SearchRanked", rowid, "Key") VALUES ('delete', {RowIdSql("old.")}, old."Key");
          INSERT INTO "SearchRanked"(rowid, "Key") VALUES ({RowIdSql("new.")}, new."Key");
        END;
        """;

    public static string CreateTriggers => InsertTrigger + "\n" + DeleteTrigger + "\n" + UpdateTrigger;

    public const string DropTriggers =
        "DROP TRIGGER \"SearchDocuments_ai\"; DROP TRIGGER \"SearchDocuments_ad\"; DROP TRIGGER \"SearchDocuments_au\";";

    /// <summary>
    /// Indexes the documents after @afterId, in rowid order: a bulk load does this with the triggers dropped, since
    /// FTS5 flushes its pending terms to disk whenever a rowid arrives out of order, which per-row triggers cause.
    /// </summary>
    public static string IndexAfter => $"""
        INSERT INTO "SearchRanked"(rowid, "Key")
        SELECT {RowIdSql("d.")} AS r, d."Key" FROM "SearchDocuments" d WHERE d."Id" > @afterId ORDER BY r;
        """;

    /// <summary>Refills SearchRanked from SearchDocuments: after a bulk load that dropped the triggers, or to compact it.</summary>
    public static string Rebuild => $"""
        INSERT INTO "SearchRanked"("SearchRanked") VALUES ('delete-all');
        INSERT INTO "SearchRanked"(rowid, "Key") SELECT {RowIdSql("d.")}, d."Key" FROM "SearchDocuments" d;
        INSERT INTO "SearchRanked"("SearchRanked") VALUES ('optimize');
        """;
}

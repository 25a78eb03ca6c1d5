using Marquee.Core.Search;
using static Marquee.Data.Search.SearchCandidates;

namespace Marquee.Data.Search;

/// <summary>
/// SQLite's search: the FTS5 table SearchRanked is keyed so that rowid order is popularity order (see
/// <see cref="SqliteSearchIndex"/>), which lets LIMIT stop the scan; typos are asked of its word list one edit away.
/// </summary>
internal sealed class SqliteSearchDialect : SearchDialect
{
    public override Task<List<Candidate>> ByWordsAsync(MarqueeDbContext db, IReadOnlyList<Term> terms, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var match = string.Join(" AND ", terms.Select(t => "(" + string.Join(" OR ", t.Spellings.Select(s => $"\"{s}\"" + (t.Prefix ? "*" : ""))) + ")"));
        // Each kind is a rowid range; inside it FTS5 walks rowids in order and stops at the limit, without sorting.
        var ranges = kinds.Select(k => $"""
            SELECT r FROM (SELECT rowid AS r FROM "SearchRanked" WHERE "SearchRanked" MATCH @q
              AND rowid >= {SqliteSearchIndex.FirstRowId(k)} AND rowid < {SqliteSearchIndex.FirstRowId(k + 1)} ORDER BY rowid LIMIT {limit})
            """);
        return ReadAsync(db, $"""
            SELECT {Columns} FROM ({string.Join(" UNION ALL ", ranges)}) x
            JOIN "SearchDocuments" d ON d."Id" = (x.r & {SqliteSearchIndex.IdMask}) {Joins}
            """, [("q", match)], ct);
    }

    // Every spelling one edit away from each long word that is not an indexed word itself (or from every long word,
    // when all are): exact for what SearchMatch forgives.
    public override async Task<List<Candidate>> ByTypoAsync(MarqueeDbContext db, IReadOnlyList<string> words, IReadOnlyList<string> fuzzy, bool prefixAll, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var known = (await RawSql.ReadAsync(db, $"""
            SELECT term FROM "SearchRankedWords" WHERE term IN ({string.Join(", ", fuzzy.Select((_, i) => $"@w{i}"))})
            """, fuzzy.Select((w, i) => ($"w{i}", (object)w)).ToList(), r => r.GetString(0), ct)).ToHashSet(StringComparer.Ordinal);
        var unknown = fuzzy.Where(w => !known.Contains(w)).ToHashSet();
        var suspects = unknown.Count > 0 ? unknown : fuzzy.ToHashSet();
        var terms = words.Select((w, i) => new Term(suspects.Contains(w) ? SearchKey.OneEditAway(w) : [w], prefixAll || i == words.Count - 1)).ToList();
        return await ByWordsAsync(db, terms, kinds, limit, ct);
    }

    public override string ReviewsSql(IReadOnlyList<string> words, bool revealed, int pool, string filmFilter, List<(string, object)> args)
    {
        var match = string.Join(" AND ", words.Select((w, i) => $"\"{w}\"" + (i == words.Count - 1 ? "*" : "")));
        args.Add(("q", revealed ? match : $"{{Key}} : ({match})"));
        return $"""
            {ReviewSearch.Select} FROM (SELECT rowid AS id FROM "ReviewWords" WHERE "ReviewWords" MATCH @q ORDER BY rowid DESC LIMIT {pool}) m
            JOIN "ReviewSearch" rs ON rs."ReviewId" = m.id {ReviewSearch.Joins}
            WHERE{ReviewSearch.Public}{filmFilter}
            """;
    }
}

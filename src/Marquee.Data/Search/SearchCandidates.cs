using System.Data.Common;
using System.Globalization;
using Marquee.Core.Search;

namespace Marquee.Data.Search;

/// <summary>A search document found by an index, with the slug and display name of what it names.</summary>
internal sealed record Candidate(SearchKind Kind, int TargetId, string Slug, string Display, string Name, string Key, bool IsPrimary, int? Year, double Weight);

/// <summary>One query word as the index is asked for it: any of these spellings, each whole or as the start of a word.</summary>
internal sealed record Term(IReadOnlyList<string> Spellings, bool Prefix);

/// <summary>
/// Finds candidate documents with each provider's own indexes, the best known first and never more than asked for:
/// SQLite's FTS5 table SearchRanked is keyed so that rowid order is popularity order (see <see cref="SqliteSearchIndex"/>),
/// which lets LIMIT stop the scan; PostgreSQL uses full-text search ordered by weight, and pg_trgm for typos.
/// Final matching and ranking happen in <see cref="SearchMatch"/>, so both providers answer alike.
/// </summary>
internal static class SearchCandidates
{
    private const string Columns = """
        d."Kind", COALESCE(d."FilmId", d."PersonId"), COALESCE(f."Slug", p."Slug"), COALESCE(f."Title", p."Name"),
        d."Name", d."Key", d."IsPrimary", d."Year", d."Weight"
        """;

    private const string Joins = """
        LEFT JOIN "Films" f ON f."Id" = d."FilmId" LEFT JOIN "People" p ON p."Id" = d."PersonId"
        """;

    /// <summary>Documents whose whole key is the query's words, in any order (at most four words are reordered), the best known first.</summary>
    public static Task<List<Candidate>> ByWholeKeyAsync(MarqueeDbContext db, IReadOnlyList<string> words, SearchKind? kind, int limit, CancellationToken ct)
    {
        var keys = (words.Count <= 4 ? Permutations(words) : [words]).Select(w => string.Join(' ', w)).Distinct().ToList();
        var args = keys.Select((k, i) => ($"k{i}", (object)k)).ToList();
        var kindFilter = kind is null ? "" : $" AND k.\"Kind\" = {(int)kind}";
        // One index range per key, read from the heaviest down (index on Key, Weight), so a common title stops at the limit.
        var perKey = args.Select(a => $"""
            SELECT "Id" FROM (SELECT k."Id" FROM "SearchDocuments" k WHERE k."Key" = @{a.Item1}{kindFilter} ORDER BY k."Weight" DESC LIMIT {limit}) AS "{a.Item1}"
            """);
        return ReadAsync(db, $"""
            SELECT {Columns} FROM ({string.Join(" UNION ALL ", perKey)}) x JOIN "SearchDocuments" d ON d."Id" = x."Id" {Joins}
            """, args, ct);
    }

    /// <summary>Documents holding every term (any of its spellings), up to limit of each kind, the best known first.</summary>
    public static Task<List<Candidate>> ByWordsAsync(MarqueeDbContext db, IReadOnlyList<Term> terms, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        if (db.ProviderName == "postgres")
        {
            var tsquery = string.Join(" & ", terms.Select(t => "(" + string.Join(" | ", t.Spellings.Select(s => $"'{s}'" + (t.Prefix ? ":*" : ""))) + ")"));
            var perKind = kinds.Select(k => $"""
                (SELECT {Columns} FROM "SearchDocuments" d {Joins}
                 WHERE to_tsvector('simple', d."Key") @@ to_tsquery('simple', @q) AND d."Kind" = {(int)k}
                 ORDER BY d."Weight" DESC LIMIT {limit})
                """);
            return ReadAsync(db, string.Join(" UNION ALL ", perKind), [("q", tsquery)], ct);
        }
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

    /// <summary>
    /// The net for typos. SQLite asks the word index for every spelling one edit away from each long word that is not
    /// an indexed word itself (or from every long word, when all are), exact for what <see cref="SearchMatch"/> forgives;
    /// PostgreSQL asks pg_trgm for keys sharing trigrams.
    /// </summary>
    public static async Task<List<Candidate>> ByTypoAsync(MarqueeDbContext db, IReadOnlyList<string> words, bool prefixAll, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var fuzzy = words.Where(w => w.Length >= SearchMatch.MinFuzzyLength).Distinct().ToList();
        if (fuzzy.Count == 0) return [];
        if (db.ProviderName == "postgres") return await ByTrigramsAsync(db, fuzzy, kinds, limit, ct);
        var known = (await RawSql.ReadAsync(db, $"""
            SELECT term FROM "SearchRankedWords" WHERE term IN ({string.Join(", ", fuzzy.Select((_, i) => $"@w{i}"))})
            """, fuzzy.Select((w, i) => ($"w{i}", (object)w)).ToList(), r => r.GetString(0), ct)).ToHashSet(StringComparer.Ordinal);
        var unknown = fuzzy.Where(w => !known.Contains(w)).ToHashSet();
        var suspects = unknown.Count > 0 ? unknown : fuzzy.ToHashSet();
        var terms = words.Select((w, i) => new Term(suspects.Contains(w) ? SearchKey.OneEditAway(w) : [w], prefixAll || i == words.Count - 1)).ToList();
        return await ByWordsAsync(db, terms, kinds, limit, ct);
    }

    private static Task<List<Candidate>> ByTrigramsAsync(MarqueeDbContext db, List<string> fuzzy, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var args = fuzzy.Select((w, i) => ($"w{i}", (object)w)).ToList();
        var any = string.Join(" OR ", args.Select(a => $"@{a.Item1} <% d.\"Key\""));
        var best = string.Join(", ", args.Select(a => $"word_similarity(@{a.Item1}, d.\"Key\")"));
        var kindFilter = string.Join(", ", kinds.Select(k => (int)k));
        return ReadAsync(db, $"""
            SET pg_trgm.word_similarity_threshold = 0.3;
            SELECT {Columns} FROM "SearchDocuments" d {Joins}
            WHERE ({any}) AND d."Kind" IN ({kindFilter})
            ORDER BY greatest({best}, 0) DESC, d."Weight" DESC LIMIT {limit * kinds.Count}
            """, args, ct);
    }

    private static IEnumerable<IReadOnlyList<string>> Permutations(IReadOnlyList<string> words)
    {
        if (words.Count <= 1) { yield return words; yield break; }
        for (var i = 0; i < words.Count; i++)
        {
            var rest = words.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest)) yield return [words[i], .. tail];
        }
    }

    private static Task<List<Candidate>> ReadAsync(MarqueeDbContext db, string sql, IReadOnlyList<(string Name, object Value)> args, CancellationToken ct) =>
        RawSql.ReadAsync(db, sql, args, Read, ct);

    private static Candidate Read(DbDataReader r) => new(
        (SearchKind)Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
        r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        Convert.ToBoolean(r.GetValue(6), CultureInfo.InvariantCulture),
        r.IsDBNull(7) ? null : Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
        Convert.ToDouble(r.GetValue(8), CultureInfo.InvariantCulture));
}

using System.Data.Common;
using System.Globalization;
using Marquee.Core.Search;

namespace Marquee.Data.Search;

/// <summary>A search document found by an index, with the slug and display name of what it names.</summary>
internal sealed record Candidate(SearchKind Kind, int TargetId, string Slug, string Display, string Name, string Key, bool IsPrimary, int? Year, double Weight);

/// <summary>One query word as the index is asked for it: any of these spellings, each whole or as the start of a word.</summary>
internal sealed record Term(IReadOnlyList<string> Spellings, bool Prefix);

/// <summary>
/// Finds candidate documents with each provider's own indexes (<see cref="SearchDialect"/>), the best known first and
/// never more than asked for.
/// Final matching and ranking happen in <see cref="SearchMatch"/>, so both providers answer alike.
/// </summary>
internal static class SearchCandidates
{
    internal const string Columns = """
        d."Kind", COALESCE(d."FilmId", d."PersonId"), COALESCE(f."Slug", p."Slug"), COALESCE(f."Title", p."Name"),
        d."Name", d."Key", d."IsPrimary", d."Year", d."Weight"
        """;

    internal const string Joins = """
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
    public static Task<List<Candidate>> ByWordsAsync(MarqueeDbContext db, IReadOnlyList<Term> terms, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct) =>
        db.Dialect.Search.ByWordsAsync(db, terms, kinds, limit, ct);

    /// <summary>
    /// The net for typos. SQLite asks the word index for every spelling one edit away from each long word that is not
    /// an indexed word itself (or from every long word, when all are), exact for what <see cref="SearchMatch"/> forgives;
    /// PostgreSQL asks pg_trgm for keys sharing trigrams.
    /// </summary>
    public static Task<List<Candidate>> ByTypoAsync(MarqueeDbContext db, IReadOnlyList<string> words, bool prefixAll, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var fuzzy = words.Where(w => w.Length >= SearchMatch.MinFuzzyLength).Distinct().ToList();
        return fuzzy.Count == 0 ? Task.FromResult(new List<Candidate>()) : db.Dialect.Search.ByTypoAsync(db, words, fuzzy, prefixAll, kinds, limit, ct);
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

    internal static Task<List<Candidate>> ReadAsync(MarqueeDbContext db, string sql, IReadOnlyList<(string Name, object Value)> args, CancellationToken ct) =>
        RawSql.ReadAsync(db, sql, args, Read, ct);

    private static Candidate Read(DbDataReader r) => new(
        (SearchKind)Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
        r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        Convert.ToBoolean(r.GetValue(6), CultureInfo.InvariantCulture),
        r.IsDBNull(7) ? null : Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
        Convert.ToDouble(r.GetValue(8), CultureInfo.InvariantCulture));
}

using Marquee.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Search;

/// <summary>
/// A film, person or review found by a search. MatchedName is the spelling that matched when not the display name;
/// a review's Name is its headline, Film and Year its film's, and Snippet a passage of its shown text around the words.
/// </summary>
public sealed record SearchHit(string Type, string Slug, string Name, int? Year, string? MatchedName, string Url, string? Film = null, string? Snippet = null);

/// <summary>Finds films and people by any of their names: tolerant of case, accents, word order, transliteration and one typo.</summary>
public sealed class SearchQueries(MarqueeDbContext db)
{
    public const int MaxQueryLength = 200;

    private static readonly SearchKind[] Catalogue = [SearchKind.Film, SearchKind.Person];

    /// <summary>Full search: every word must match (exactly, by prefix for the last word, or within one edit).</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, SearchKind? kind, int limit, CancellationToken ct = default) =>
        FindAsync(query, kind, limit, suggest: false, ct);

    /// <summary>For the type-ahead box: like search, but every word may be the start of a word.</summary>
    public Task<IReadOnlyList<SearchHit>> SuggestAsync(string query, int limit, CancellationToken ct = default) =>
        FindAsync(query, null, limit, suggest: true, ct);

    /// <summary>Published reviews whose text holds every word; spoiler text only counts where the reader's shield is down.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchReviewsAsync(string query, int limit, ReviewShield shield, CancellationToken ct = default) =>
        ReviewSearch.FindAsync(db, SearchKey.Words(query).Distinct().Take(8).ToList(), limit, shield, ct);

    private async Task<IReadOnlyList<SearchHit>> FindAsync(string query, SearchKind? kind, int limit, bool suggest, CancellationToken ct)
    {
        if (kind == SearchKind.Review) return await SearchReviewsAsync(query, limit, ReviewShield.On, ct);
        var words = SearchKey.QueryWords(query).DistinctBy(w => w.Key).Take(8).ToList();
        // One letter would match a good part of the catalogue: the type-ahead starts at two.
        if (words.Count == 0 || (suggest && words.Sum(w => w.Key.Length) < 2)) return [];

        // One connection for every pass (opening one runs the provider's per-connection set-up each time).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await PassesAsync(words, kind, limit, suggest, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Each pass reads at most `pool` documents of each kind, the best known first, so the cost does not grow with the
    // catalogue. Whole names and whole words are asked for apart from prefixes, so an obscure exact match is not
    // crowded out by famous partial ones.
    private async Task<IReadOnlyList<SearchHit>> PassesAsync(List<QueryWord> query, SearchKind? kind, int limit, bool suggest, CancellationToken ct)
    {
        IReadOnlyList<SearchKind> kinds = kind is { } k ? [k] : Catalogue;
        var candidates = new List<Candidate>();
        var pool = Math.Max(30, limit * 2);
        var words = query.Select(w => w.Key).ToList();
        var continued = query.Select(w => w.Continued).ToList();
        var exactWords = words.Select(w => new Term([w], Prefix: false)).ToList();
        var prefixed = query.Select((w, i) => new Term(w.Starts, Prefix: suggest || i == query.Count - 1)).ToList();
        candidates.AddRange(await SearchCandidates.ByWholeKeyAsync(db, words, kind, pool, ct));
        candidates.AddRange(await SearchCandidates.ByWordsAsync(db, exactWords, kinds, pool, ct));
        candidates.AddRange(await SearchCandidates.ByWordsAsync(db, prefixed, kinds, pool, ct));
        var ranked = Rank(candidates, words, continued, suggest);
        // The typo net is wider: cast it only when the words found next to nothing and no name holds them all as typed
        // (a typo, most likely).
        if (ranked.Count < Math.Min(limit, 3) && words.Any(w => w.Length >= SearchMatch.MinFuzzyLength)
            && !candidates.Any(c => SearchMatch.Compare(words, c.Key.Split(' '))?.Exact == words.Count))
        {
            candidates.AddRange(await SearchCandidates.ByTypoAsync(db, words, suggest, kinds, pool, ct));
            ranked = Rank(candidates, words, continued, suggest);
        }
        return ranked.Take(limit).ToList();
    }

    private static List<SearchHit> Rank(IEnumerable<Candidate> candidates, IReadOnlyList<string> words, IReadOnlyList<IReadOnlyList<string>> continued, bool suggest)
    {
        var scored = new List<(Candidate C, double Score)>();
        foreach (var c in candidates.DistinctBy(c => (c.Kind, c.TargetId, c.Key)))
        {
            var match = SearchMatch.Compare(words, c.Key.Split(' '), prefixAnyWord: suggest, continued);
            if (match is not null) scored.Add((c, SearchMatch.Score(match, words.Count, c.Weight, c.IsPrimary)));
        }
        // One hit per film or person: its best-matching name.
        return scored
            .GroupBy(s => (s.C.Kind, s.C.TargetId))
            .Select(g => g.OrderByDescending(s => s.Score).ThenByDescending(s => s.C.IsPrimary).First())
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.C.Year ?? 0)
            .ThenBy(s => s.C.Display, StringComparer.Ordinal)
            .Select(s => ToHit(s.C))
            .ToList();
    }

    private static SearchHit ToHit(Candidate c) => c.Kind == SearchKind.Film
        ? new SearchHit("film", c.Slug, c.Display, c.Year, c.IsPrimary ? null : c.Name, $"/films/{c.Slug}")
        : new SearchHit("person", c.Slug, c.Display, c.Year, c.IsPrimary ? null : c.Name, $"/people/{c.Slug}");
}

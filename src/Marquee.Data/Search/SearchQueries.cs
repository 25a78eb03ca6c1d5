using Marquee.Core.Search;

namespace Marquee.Data.Search;

/// <summary>A film or person found by a search, with the spelling that matched when it is not the display name.</summary>
public sealed record SearchHit(string Type, string Slug, string Name, int? Year, string? MatchedName, string Url);

/// <summary>Finds films and people by any of their names: tolerant of case, accents, word order, transliteration and one typo.</summary>
public sealed class SearchQueries(MarqueeDbContext db)
{
    public const int MaxQueryLength = 200;

    /// <summary>Full search: every word must match (exactly, by prefix for the last word, or within one edit).</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, SearchKind? kind, int limit, CancellationToken ct = default) =>
        FindAsync(query, kind, limit, suggest: false, ct);

    /// <summary>For the type-ahead box: like search, but every word may be the start of a word.</summary>
    public Task<IReadOnlyList<SearchHit>> SuggestAsync(string query, int limit, CancellationToken ct = default) =>
        FindAsync(query, null, limit, suggest: true, ct);

    private async Task<IReadOnlyList<SearchHit>> FindAsync(string query, SearchKind? kind, int limit, bool suggest, CancellationToken ct)
    {
        if (kind == SearchKind.Review) return []; // Reviews arrive with the reviews feature; nothing to find yet.
        var words = SearchText.Words(query).Distinct().Take(8).ToList();
        // One letter would match a good part of the catalogue: the type-ahead starts at two.
        if (words.Count == 0 || (suggest && words.Sum(w => w.Length) < 2)) return [];

        var candidates = await SearchCandidates.ByWordsAsync(db, words, prefixAll: suggest, kind, ct);
        var ranked = Rank(candidates, words, suggest);
        // The trigram net is slower: cast it only when the words found next to nothing (a typo, most likely).
        if (ranked.Count < Math.Min(limit, 3) && words.Any(w => w.Length >= SearchMatch.MinFuzzyLength))
        {
            var seen = candidates.Select(c => (c.Kind, c.TargetId, c.Key)).ToHashSet();
            var similar = await SearchCandidates.BySimilarityAsync(db, words, kind, ct);
            ranked = Rank(candidates.Concat(similar.Where(c => !seen.Contains((c.Kind, c.TargetId, c.Key)))), words, suggest);
        }
        return ranked.Take(limit).ToList();
    }

    private static List<SearchHit> Rank(IEnumerable<Candidate> candidates, IReadOnlyList<string> words, bool suggest)
    {
        var scored = new List<(Candidate C, double Score)>();
        foreach (var c in candidates)
        {
            var match = SearchMatch.Compare(words, c.Key.Split(' '), prefixAnyWord: suggest);
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

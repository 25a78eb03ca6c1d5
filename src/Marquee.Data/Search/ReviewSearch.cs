using System.Data.Common;
using System.Globalization;
using Marquee.Core.Reviews;
using Marquee.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marquee.Data.Search;

/// <summary>Finds published reviews by their words, and keeps their search entries in step with every save of a review.</summary>
internal static class ReviewSearch
{
    internal const string Select = """
        SELECT r."Id", r."Slug", r."Headline", f."Title", f."Year", rs."Excerpt"
        """;

    internal const string Joins = """
        JOIN "Reviews" r ON r."Id" = rs."ReviewId" JOIN "Films" f ON f."Id" = r."FilmId"
        """;

    internal const string Public = """ r."Status" IN ('Published', 'Corrected')""";

    private sealed record Found(int Id, string Slug, string Headline, string Film, int? Year, string Excerpt);

    public static async Task<IReadOnlyList<SearchHit>> FindAsync(MarqueeDbContext db, IReadOnlyList<string> words, int limit, ReviewShield shield, CancellationToken ct)
    {
        if (words.Count == 0) return [];
        var pool = Math.Max(50, limit * 4);
        var found = await ReadAsync(db, words, pool, revealed: false, shield, ct);
        if (shield.OffEverywhere || shield.SeenFilms.Count > 0) found.AddRange(await ReadAsync(db, words, pool, revealed: true, shield, ct));
        return found
            .DistinctBy(f => f.Id)
            .OrderByDescending(f => SearchMatch.Compare(words, SearchKey.Words(f.Headline)) is not null)
            .ThenByDescending(f => f.Id)
            .Take(limit)
            .Select(f => new SearchHit("review", f.Slug, f.Headline, f.Year, null, $"/reviews/{f.Slug}", f.Film, Snippet(f.Excerpt, words)))
            .ToList();
    }

    // Without `revealed`, only the text the shield shows is searched; with it, the spoilers too, but only in reviews of
    // films the reader lifted the shield for (or of every film, when it is off everywhere).
    private static Task<List<Found>> ReadAsync(MarqueeDbContext db, IReadOnlyList<string> words, int pool, bool revealed, ReviewShield shield, CancellationToken ct)
    {
        var args = new List<(string, object)>();
        var films = "";
        if (revealed && !shield.OffEverywhere)
        {
            var slugs = shield.SeenFilms.Take(60).ToList();
            args.AddRange(slugs.Select((s, i) => ($"s{i}", (object)s)));
            films = $" AND f.\"Slug\" IN ({string.Join(", ", slugs.Select((_, i) => $"@s{i}"))})";
        }
        var sql = db.Dialect.Search.ReviewsSql(words, revealed, pool, films, args);
        return RawSql.ReadAsync(db, sql, args, Read, ct);
    }

    private static Found Read(DbDataReader r) => new(
        Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3),
        r.IsDBNull(4) ? null : Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture), r.GetString(5));

    /// <summary>About two dozen words of the shown text around the first that matches; the excerpt never holds spoilers.</summary>
    internal static string Snippet(string excerpt, IReadOnlyList<string> words, int span = 24)
    {
        var tokens = excerpt.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(tokens, t => SearchKey.Words(t).Any(k => words.Any(w => k.StartsWith(w, StringComparison.Ordinal))));
        var start = at < 0 ? 0 : Math.Max(0, at - span / 3);
        var end = Math.Min(tokens.Length, start + span);
        return (start > 0 ? "… " : "") + string.Join(' ', tokens[start..end]) + (end < tokens.Length ? " …" : "");
    }

    /// <summary>Brings the search entries of these saved reviews up to date: a public review is indexed, any other is not.</summary>
    public static async Task SyncAsync(MarqueeDbContext db, IReadOnlyList<EntityEntry<Review>> saved, CancellationToken ct)
    {
        var set = db.Set<ReviewSearchEntry>();
        foreach (var entry in saved)
        {
            var review = entry.Entity;
            var existing = entry.State == EntityState.Added ? null : await set.FindAsync([review.Id], ct);
            if (entry.State == EntityState.Deleted || !ReviewStatuses.IsPublic(review.Status))
            {
                if (existing is not null) set.Remove(existing);
                continue;
            }
            var (shown, hidden) = ReviewSearchText.Split(review.Body, review.SpoilerLevel);
            var excerpt = shown.Length == 0 ? review.Dek : $"{review.Dek}\n{shown}";
            var key = SearchKey.From($"{review.Headline} {review.Dek} {shown}");
            var spoilerKey = SearchKey.From(hidden);
            if (existing is null)
            {
                var added = new ReviewSearchEntry { FilmId = review.FilmId, Excerpt = excerpt, Key = key, SpoilerKey = spoilerKey };
                if (entry.State == EntityState.Added) added.Review = review;
                else added.ReviewId = review.Id;
                set.Add(added);
                continue;
            }
            if (existing.FilmId != review.FilmId) existing.FilmId = review.FilmId;
            if (existing.Excerpt != excerpt) existing.Excerpt = excerpt;
            if (existing.Key != key) existing.Key = key;
            if (existing.SpoilerKey != spoilerKey) existing.SpoilerKey = spoilerKey;
        }
    }
}

using Marquee.Core.Films;
using Marquee.Core.Names;
using Marquee.Data;
using Marquee.Import.Articles;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Import.ArticleImports;

/// <summary>The catalogue film an article is about, or null with the reason.</summary>
public sealed record FilmMatch(int? FilmId, string? Slug, string? Title, int? Year, string Reason);

/// <summary>Finds the film by its title or an alternative title; the year and the director narrow several candidates to one.</summary>
public static class FilmMatcher
{
    public static async Task<FilmMatch> FindAsync(MarqueeDbContext db, ExtractedArticle article, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(article.FilmTitle)) return new(null, null, null, null, "the article names no film");
        var title = article.FilmTitle.Trim();
        var ids = await db.Films.Where(f => f.Title == title || f.OriginalTitle == title).Select(f => f.Id)
            .Union(db.FilmTitles.Where(t => t.Title == title).Select(t => t.FilmId))
            .OrderBy(id => id).Take(50).ToListAsync(ct);
        if (ids.Count == 0)
        {
            // Case and accents: compare folded titles among films whose title has the same length.
            var folded = TextFold.Words(title);
            var sameLength = await db.Films.Where(f => f.Title.Length == title.Length).OrderBy(f => f.Id).Select(f => new { f.Id, f.Title }).Take(2000).ToListAsync(ct);
            ids = [.. sameLength.Where(f => TextFold.Words(f.Title) == folded).Select(f => f.Id)];
        }
        if (ids.Count == 0) return new(null, null, null, null, $"no film titled '{title}' in the catalogue");

        var candidates = await db.Films.Where(f => ids.Contains(f.Id)).Select(f => new
        {
            f.Id, f.Slug, f.Title, f.Year,
            Directors = f.Credits.Where(c => c.Kind == CreditKind.Crew && c.Job == "Director").Select(c => c.Person!.Name).ToList(),
        }).ToListAsync(ct);
        var stated = article.ReleaseDateStated?.Year ?? article.PublicationDate?.Year;
        var scored = candidates.Select(c =>
        {
            var directed = article.Directors.Any(d => c.Directors.Any(n => NameMatcher.Default.AreSamePerson(d, n)));
            // A review comes out the year of release or after; a year stated on the card should be the film's.
            var yearFits = stated is int y && c.Year is int fy && (article.ReleaseDateStated is not null ? Math.Abs(y - fy) <= 1 : y >= fy - 1);
            // A release year on the card that contradicts the film rules it out; a director read from prose is only a tie-breaker.
            var contradicted = article.ReleaseDateStated is not null && c.Year is not null && !yearFits;
            return (Film: c, Score: (directed ? 2 : 0) + (yearFits ? 1 : 0), directed, yearFits, contradicted);
        }).Where(x => !x.contradicted).OrderByDescending(x => x.Score).ToList();
        if (scored.Count == 0) return new(null, null, null, null, $"the films titled '{title}' were released in another year than the article's card states");
        var best = scored[0];
        if (scored.Count > 1 && scored[1].Score == best.Score)
            return new(null, null, null, null, $"{scored.Count} films are titled '{title}' and neither the year nor the director tells them apart");
        var why = string.Join(" and ", new[] { "the title", best.directed ? "the director" : null, best.yearFits ? "the year" : null }.Where(w => w is not null));
        return new(best.Film.Id, best.Film.Slug, best.Film.Title, best.Film.Year, $"matched by {why}");
    }
}

using Marquee.Core.Search;
using Marquee.Data;
using Marquee.Data.Search;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Catalog;

/// <summary>Everything a catalogue import writes, as comparable text: films, people, credits, titles, ratings, search documents.</summary>
public static class CatalogSnapshot
{
    public static async Task<string> TakeAsync(MarqueeApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var films = await db.Films.AsNoTracking().OrderBy(f => f.ImdbId).ThenBy(f => f.Slug)
            .Select(f => $"{f.Slug}|{f.ImdbId}|{f.Title}|{f.OriginalTitle}|{f.Year}|{f.RuntimeMinutes}|{string.Join(",", f.Genres)}|{f.Version}").ToListAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.ImdbId).ThenBy(p => p.Slug)
            .Select(p => $"{p.Slug}|{p.ImdbId}|{p.Name}|{p.BirthYear}|{p.DeathYear}|{p.Version}").ToListAsync(ct);
        var credits = (await db.Credits.AsNoTracking()
            .Select(c => new { Film = c.Film!.Slug, Person = c.Person!.Slug, c.Kind, c.Character, c.CharacterAliases, c.Department, c.Job, c.Order }).ToListAsync(ct))
            .Select(c => $"{c.Film}|{c.Person}|{c.Kind}|{c.Character}|{string.Join(",", c.CharacterAliases)}|{c.Department}|{c.Job}|{c.Order}")
            .Order(StringComparer.Ordinal).ToList();
        var titles = (await db.FilmTitles.AsNoTracking().Join(db.Films, t => t.FilmId, f => f.Id, (t, f) => new { f.Slug, t.Title, t.Region, t.Language, t.Kind }).ToListAsync(ct))
            .Select(t => $"{t.Slug}|{t.Title}|{t.Region}|{t.Language}|{t.Kind}").Order(StringComparer.Ordinal).ToList();
        var ratings = (await db.Set<FilmRating>().AsNoTracking().Join(db.Films, r => r.FilmId, f => f.Id, (r, f) => new { f.Slug, r.Average, r.Votes }).ToListAsync(ct))
            .Select(r => $"{r.Slug}|{r.Average}|{r.Votes}").Order(StringComparer.Ordinal).ToList();
        var docs = (await db.Set<SearchDocument>().AsNoTracking()
            .Select(d => new { d.Kind, Owner = d.Film != null ? d.Film.Slug : d.Person!.Slug, d.Name, d.Key, d.Weight, d.IsPrimary, d.Year }).ToListAsync(ct))
            .Select(d => $"{d.Kind}|{d.Owner}|{d.Name}|{d.Key}|{d.Weight}|{d.IsPrimary}|{d.Year}").Order(StringComparer.Ordinal).ToList();
        return string.Join('\n', films.Concat(people).Concat(credits).Concat(titles).Concat(ratings).Concat(docs));
    }
}

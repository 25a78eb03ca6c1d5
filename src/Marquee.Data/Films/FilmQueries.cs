using Marquee.Core.Films;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Films;

/// <summary>Reads films for pages and the API: no-tracking projections into view records.</summary>
public sealed class FilmQueries(MarqueeDbContext db)
{
    public async Task<FilmDetails?> GetDetailsAsync(string slug, CancellationToken ct = default)
    {
        var film = await db.Films.AsNoTracking()
            .Where(f => f.Slug == slug)
            .Select(f => new
            {
                f.Id, f.Slug, f.Title, f.OriginalTitle, f.Year, f.Logline, f.Synopsis, f.RuntimeMinutes, f.Genres,
                f.OriginalLanguage, f.Countries, f.ProductionCompanies, f.Distributors, f.ImdbId, f.TmdbId, f.WikidataId,
                f.CreatedAt, f.UpdatedAt, f.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (film is null) return null;

        var credits = await db.Credits.AsNoTracking()
            .Where(c => c.FilmId == film.Id)
            .OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Kind, c.Person!.Slug, c.Person.Name, c.Character, c.CharacterAliases, c.Order, c.CreditedAs, c.Department, c.Job })
            .ToListAsync(ct);
        var releases = await db.ReleaseDates.AsNoTracking()
            .Where(r => r.FilmId == film.Id)
            .OrderBy(r => r.Date).ThenBy(r => r.Country)
            .Select(r => new { r.Id, r.Country, r.Type, r.Date, r.Note })
            .ToListAsync(ct);
        var titles = await db.FilmTitles.AsNoTracking()
            .Where(t => t.FilmId == film.Id)
            .OrderBy(t => t.Region).ThenBy(t => t.Title)
            .Select(t => new AlternativeTitleView(t.Title, t.Region, t.Language))
            .ToListAsync(ct);

        var cast = credits.Where(c => c.Kind == CreditKind.Cast)
            .Select(c => new CastCredit(c.Id, c.Slug, c.Name, c.Character, c.CharacterAliases, c.Order, c.CreditedAs)).ToList();
        var crew = credits.Where(c => c.Kind == CreditKind.Crew)
            .Select(c => new CrewCredit(c.Id, c.Slug, c.Name, c.Department, c.Job, c.Order, c.CreditedAs)).ToList();
        var directors = crew.Where(c => c.Job == CrewJobs.Director).Select(c => new PersonRef(c.PersonSlug, c.Name)).ToList();

        return new FilmDetails(
            film.Id, film.Slug, film.Title, film.OriginalTitle, film.Year, film.Logline, film.Synopsis, film.RuntimeMinutes,
            film.Genres, film.OriginalLanguage, film.Countries, film.ProductionCompanies, film.Distributors,
            new ExternalIds(film.ImdbId, film.TmdbId, film.WikidataId),
            directors, cast, crew,
            releases.Select(r => new ReleaseDateView(r.Id, r.Country, r.Type.ToName(), r.Date, r.Note)).ToList(),
            titles, film.CreatedAt, film.UpdatedAt, film.Version);
    }

    public async Task<Paged<FilmSummary>> ListAsync(FilmListQuery query, CancellationToken ct = default)
    {
        var films = db.Films.AsNoTracking();
        if (query.Year is { } year) films = films.Where(f => f.Year == year);
        if (!string.IsNullOrWhiteSpace(query.Genre))
        {
            var genre = query.Genre.Trim().ToLower();
            films = films.Where(f => f.Genres.Any(g => g.ToLower() == genre));
        }
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var person = query.Person.Trim();
            films = films.Where(f => f.Credits.Any(c => c.Person!.Slug == person));
        }

        var total = await films.CountAsync(ct);
        films = (query.Sort, query.Descending) switch
        {
            // Films without a year or a release date come last either way.
            (FilmSort.Year, false) => films.OrderBy(f => f.Year == null).ThenBy(f => f.Year).ThenBy(f => f.SortTitle),
            (FilmSort.Year, true) => films.OrderBy(f => f.Year == null).ThenByDescending(f => f.Year).ThenBy(f => f.SortTitle),
            (FilmSort.Release, false) => films.OrderBy(f => !f.ReleaseDates.Any()).ThenBy(f => f.ReleaseDates.Min(r => (DateOnly?)r.Date)).ThenBy(f => f.SortTitle),
            (FilmSort.Release, true) => films.OrderBy(f => !f.ReleaseDates.Any()).ThenByDescending(f => f.ReleaseDates.Min(r => (DateOnly?)r.Date)).ThenBy(f => f.SortTitle),
            (FilmSort.Added, false) => films.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id),
            (FilmSort.Added, true) => films.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id),
            (_, false) => films.OrderBy(f => f.SortTitle).ThenBy(f => f.Year),
            (_, true) => films.OrderByDescending(f => f.SortTitle).ThenBy(f => f.Year),
        };
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, FilmListQuery.MaxPageSize);
        var rows = await films
            .Skip((page - 1) * size).Take(size)
            .Select(f => new { f.Id, f.Slug, f.Title, f.Year, f.RuntimeMinutes, f.Genres, FirstRelease = f.ReleaseDates.Min(r => (DateOnly?)r.Date) })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var directors = (await db.Credits.AsNoTracking()
                .Where(c => ids.Contains(c.FilmId) && c.Kind == CreditKind.Crew && c.Job == CrewJobs.Director)
                .OrderBy(c => c.Order)
                .Select(c => new { c.FilmId, c.Person!.Name })
                .ToListAsync(ct))
            .ToLookup(d => d.FilmId, d => d.Name);
        var items = rows.Select(r => new FilmSummary(r.Slug, r.Title, r.Year, r.RuntimeMinutes, r.Genres, directors[r.Id].ToList(), r.FirstRelease)).ToList();
        return new Paged<FilmSummary>(items, page, size, total);
    }

    /// <summary>Genres in use, for the browse filter.</summary>
    public async Task<IReadOnlyList<string>> GenresAsync(CancellationToken ct = default)
    {
        var genres = await db.Database.SqlQueryRaw<string>(db.Dialect.GenresSql).ToListAsync(ct);
        return genres.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public Task<string?> ResolveIdAsync(string slug, CancellationToken ct = default) =>
        db.Films.AsNoTracking().Where(f => f.Slug == slug).Select(f => f.Slug).SingleOrDefaultAsync(ct);
}

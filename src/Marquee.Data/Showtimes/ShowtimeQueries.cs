using Marquee.Core.Films;
using Marquee.Core.Showtimes;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Showtimes;

/// <summary>Reads cinemas and screenings for pages, feeds and the API.</summary>
public sealed class ShowtimeQueries(MarqueeDbContext db)
{
    public async Task<IReadOnlyList<CinemaView>> CinemasAsync(string? city = null, string? country = null, CancellationToken ct = default)
    {
        var cinemas = db.Set<Cinema>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(city))
        {
            var lower = city.Trim().ToLower();
            cinemas = cinemas.Where(c => c.City.ToLower() == lower);
        }
        if (!string.IsNullOrWhiteSpace(country)) cinemas = cinemas.Where(c => c.Country == country);
        return await cinemas.OrderBy(c => c.City).ThenBy(c => c.Name).Select(ToView).ToListAsync(ct);
    }

    public Task<CinemaView?> CinemaAsync(string slug, CancellationToken ct = default) =>
        db.Set<Cinema>().AsNoTracking().Where(c => c.Slug == slug).Select(ToView).SingleOrDefaultAsync(ct);

    /// <summary>Cities with cinemas, for the city picker.</summary>
    public async Task<IReadOnlyList<string>> CitiesAsync(CancellationToken ct = default) =>
        await db.Set<Cinema>().AsNoTracking().Select(c => c.City).Distinct().OrderBy(c => c).ToListAsync(ct);

    public async Task<ScreeningView?> ScreeningAsync(int id, CancellationToken ct = default) =>
        (await Project(db.Set<Screening>().AsNoTracking().Where(s => s.Id == id), ct)).SingleOrDefault();

    /// <summary>Screenings in start order; From/To are programme days, so a 00:30 show lists under the evening before.</summary>
    public async Task<Paged<ScreeningView>> ScreeningsAsync(ScreeningFilter filter, CancellationToken ct = default)
    {
        var screenings = db.Set<Screening>().AsNoTracking();
        if (filter.Film is { } film) screenings = screenings.Where(s => s.Film!.Slug == film);
        if (filter.Cinema is { } cinema) screenings = screenings.Where(s => s.Cinema!.Slug == cinema);
        if (filter.City is { } city)
        {
            var lower = city.Trim().ToLower();
            screenings = screenings.Where(s => s.Cinema!.City.ToLower() == lower);
        }
        if (filter.Country is { } country) screenings = screenings.Where(s => s.Cinema!.Country == country);
        // Every zone is within a day and a half of UTC: narrow in the database, then cut exactly by each cinema's programme day.
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-18);
            screenings = screenings.Where(s => s.StartsAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(36);
            screenings = screenings.Where(s => s.StartsAt < end);
        }
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, ScreeningFilter.MaxPageSize);
        var ordered = screenings.OrderBy(s => s.StartsAt).ThenBy(s => s.Id);
        if (filter.From is null && filter.To is null)
        {
            // No day cut to make on the cinemas' clocks: page in the database.
            var total = await ordered.CountAsync(ct);
            return new Paged<ScreeningView>(await Project(ordered.Skip((page - 1) * size).Take(size), ct), page, size, total);
        }
        var rows = (await Project(ordered, ct))
            .Where(s => (filter.From is null || s.Day >= filter.From) && (filter.To is null || s.Day <= filter.To))
            .ToList();
        return new Paged<ScreeningView>(rows.Skip((page - 1) * size).Take(size).ToList(), page, size, rows.Count);
    }

    /// <summary>Whether the film has screenings from now on at cinemas in the country: part of "in theaters now".</summary>
    public Task<bool> HasUpcomingScreeningsAsync(int filmId, string country, DateTimeOffset now, CancellationToken ct = default) =>
        db.Set<Screening>().AnyAsync(s => s.FilmId == filmId && s.Cinema!.Country == country && s.StartsAt >= now, ct);

    public Task<string?> FilmTitleAsync(string slug, CancellationToken ct = default) =>
        db.Films.AsNoTracking().Where(f => f.Slug == slug).Select(f => f.Title).SingleOrDefaultAsync(ct);

    /// <summary>The time zone of a cinema in the country, as the clock a reader there lives by; null when there is none.</summary>
    public Task<string?> ZoneOfCountryAsync(string country, CancellationToken ct = default) =>
        db.Set<Cinema>().AsNoTracking().Where(c => c.Country == country).OrderBy(c => c.Id).Select(c => c.TimeZone).FirstOrDefaultAsync(ct);

    /// <summary>A film's release dates as the release window needs them.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Cinema, CinemaView>> ToView = c =>
        new CinemaView(c.Id, c.Slug, c.Name, c.Address, c.City, c.PostalCode, c.Country, c.Latitude, c.Longitude, c.TimeZone, c.Screens, c.Website, c.Version);

    private static async Task<List<ScreeningView>> Project(IQueryable<Screening> screenings, CancellationToken ct)
    {
        var rows = await screenings.Select(s => new
        {
            s.Id, FilmSlug = s.Film!.Slug, s.Film.Title, s.Film.Year, s.Film.RuntimeMinutes,
            CinemaSlug = s.Cinema!.Slug, CinemaName = s.Cinema.Name, s.Cinema.City, s.Cinema.Country, s.Cinema.TimeZone,
            s.Screen, s.StartsAt, s.Format, s.AudioLanguage, s.Subtitles, s.Captions, s.AudioDescription, s.TicketUrl, s.Price, s.Currency, s.SoldOut, s.Version,
        }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var zone = ZonedTime.FindZone(r.TimeZone) ?? TimeZoneInfo.Utc;
            var local = ZonedTime.ToLocal(r.StartsAt, zone);
            return new ScreeningView(r.Id, r.FilmSlug, r.Title, r.Year, r.RuntimeMinutes, r.CinemaSlug, r.CinemaName, r.City, r.Country, r.TimeZone,
                r.Screen, r.StartsAt.ToUniversalTime(), local, ProgrammeDay.Of(local.DateTime), r.Format.ToName(), r.AudioLanguage, r.Subtitles,
                r.Captions, r.AudioDescription, r.TicketUrl, r.Price, r.Currency, r.SoldOut, r.Version);
        }).ToList();
    }
}

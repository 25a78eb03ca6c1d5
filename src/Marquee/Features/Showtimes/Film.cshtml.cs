using Marquee.Core.Showtimes;
using Marquee.Data.Films;
using Marquee.Data.Showtimes;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>A cinema's screenings of one film on one day, with its distance from the reader when known.</summary>
public sealed record CinemaShowtimes(CinemaView Cinema, double? DistanceKm, IReadOnlyList<ScreeningView> Screenings);

/// <summary>/films/{slug}/showtimes: a film's screenings by day, grouped by cinema, nearest first when the reader says where they are.</summary>
public sealed class FilmModel(FilmPageQueries films, ShowtimeQueries showtimes, ReaderCountry readerCountry, TimeProvider clock) : PageModel
{
    /// <summary>The film, with its info card (the release line) for the reader's country.</summary>
    public FilmPage Film { get; private set; } = null!;
    public ShowtimeDays Days { get; private set; } = null!;
    public ReaderLocation Location { get; private set; } = null!;
    public IReadOnlyList<CinemaShowtimes> Cinemas { get; private set; } = [];
    public IReadOnlySet<DateOnly> DaysWithScreenings { get; private set; } = new HashSet<DateOnly>();
    public IReadOnlyDictionary<string, CinemaView> CinemaIndex { get; private set; } = new Dictionary<string, CinemaView>();

    public async Task<IActionResult> OnGetAsync(string slug, string? date, string? postal, string? lat, string? lon, CancellationToken ct)
    {
        var country = readerCountry.Of(Request);
        var film = await films.GetAsync(slug, country, ct);
        if (film is null) return NotFound();
        Film = film;
        Location = ReaderLocation.From(postal, lat, lon);

        var now = clock.GetUtcNow();
        var all = await showtimes.CinemasAsync(ct: ct);
        CinemaIndex = all.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var reference = ReferenceCinema(all, Location.Point, country);
        Days = ShowtimeDays.For(ZonedTime.FindZone(reference?.TimeZone) ?? TimeZoneInfo.Utc, now, date);

        var fortnight = await showtimes.ScreeningsAsync(new ScreeningFilter(Film: slug, From: Days.Today.AddDays(-1), To: Days.Days[^1].AddDays(1), PageSize: ScreeningFilter.MaxPageSize), ct);
        var upcoming = fortnight.Items.Where(s => s.StartsAtUtc >= now).ToList();
        DaysWithScreenings = upcoming.Select(s => s.Day).ToHashSet();
        Cinemas = upcoming.Where(s => s.Day == Days.Selected)
            .GroupBy(s => s.CinemaSlug)
            .Select(g => new CinemaShowtimes(CinemaIndex[g.Key], Distance(CinemaIndex[g.Key], Location.Point), g.ToList()))
            .OrderBy(c => c.DistanceKm ?? 0).ThenBy(c => c.Cinema.City).ThenBy(c => c.Cinema.Name)
            .ToList();
        return Page();
    }

    /// <summary>The query string for another day or place, keeping the rest.</summary>
    public string Link(DateOnly day) => QueryString.Create(new Dictionary<string, string?>
    {
        ["date"] = ShowtimeDays.Key(day), ["postal"] = Location.Postal,
        ["lat"] = Request.Query["lat"].ToString() is { Length: > 0 } la ? la : null,
        ["lon"] = Request.Query["lon"].ToString() is { Length: > 0 } lo ? lo : null,
    }.Where(p => p.Value is not null)).ToString();

    // The clock the fortnight is counted on: the nearest cinema's, else one in the reader's country, else any.
    private static CinemaView? ReferenceCinema(IReadOnlyList<CinemaView> cinemas, GeoPoint? point, string country) =>
        point is { } p ? cinemas.MinBy(c => p.DistanceKm(new GeoPoint(c.Latitude, c.Longitude)))
        : cinemas.FirstOrDefault(c => c.Country == country) ?? (cinemas.Count > 0 ? cinemas[0] : null);

    private static double? Distance(CinemaView cinema, GeoPoint? point) =>
        point?.DistanceKm(new GeoPoint(cinema.Latitude, cinema.Longitude));
}

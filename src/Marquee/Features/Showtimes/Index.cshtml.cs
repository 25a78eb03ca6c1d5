using Marquee.Core.Showtimes;
using Marquee.Data.Showtimes;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>One film's screenings on the chosen day in the chosen city.</summary>
public sealed record FilmShowtimes(string FilmSlug, string Title, int? Year, IReadOnlyList<CinemaShowtimes> Cinemas);

/// <summary>/showtimes?city=&amp;date=: everything playing in a city on a day, grouped by film.</summary>
public sealed class IndexModel(ShowtimeQueries showtimes, ReaderCountry readerCountry, TimeProvider clock) : PageModel
{
    public IReadOnlyList<string> Cities { get; private set; } = [];
    public string? City { get; private set; }
    public string? CityError { get; private set; }
    public ShowtimeDays Days { get; private set; } = null!;
    public IReadOnlyList<FilmShowtimes> Films { get; private set; } = [];
    public IReadOnlyDictionary<string, CinemaView> CinemaIndex { get; private set; } = new Dictionary<string, CinemaView>();

    public async Task<IActionResult> OnGetAsync(string? city, string? date, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cinemas = await showtimes.CinemasAsync(ct: ct);
        CinemaIndex = cinemas.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        Cities = cinemas.Select(c => c.City).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        City = Cities.FirstOrDefault(c => string.Equals(c, city?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (city is { Length: > 0 } && City is null) CityError = $"No cinemas in '{city}' yet.";
        var country = readerCountry.Of(Request);
        City ??= cinemas.FirstOrDefault(c => c.Country == country)?.City ?? (Cities.Count > 0 ? Cities[0] : null);
        var zone = ZonedTime.FindZone(cinemas.FirstOrDefault(c => c.City == City)?.TimeZone) ?? TimeZoneInfo.Utc;
        Days = ShowtimeDays.For(zone, now, date);
        if (City is null) return Page();

        var day = await showtimes.ScreeningsAsync(new ScreeningFilter(City: City, From: Days.Selected, To: Days.Selected, PageSize: ScreeningFilter.MaxPageSize), ct);
        Films = day.Items.Where(s => s.StartsAtUtc >= now)
            .GroupBy(s => s.FilmSlug)
            .Select(f => new FilmShowtimes(f.Key, f.First().FilmTitle, f.First().FilmYear,
                f.GroupBy(s => s.CinemaSlug).Select(c => new CinemaShowtimes(CinemaIndex[c.Key], null, c.ToList())).OrderBy(c => c.Cinema.Name).ToList()))
            .OrderBy(f => f.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Page();
    }

    public string Link(DateOnly day) => QueryString.Create(new Dictionary<string, string?> { ["city"] = City, ["date"] = ShowtimeDays.Key(day) }).ToString();
}

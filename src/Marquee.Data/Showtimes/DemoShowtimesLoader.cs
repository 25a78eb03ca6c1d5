using System.Globalization;
using Marquee.Core.Films;
using Marquee.Core.Showtimes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marquee.Data.Showtimes;

/// <summary>
/// Demo cinemas in New York, Los Angeles and London, with two weeks of screenings from today, so the demo never goes stale.
/// The cinemas are made up. The first load also gives Anora a limited re-release near today (noted "re-release") in the
/// US and the UK, beside its real release history, so its pages honestly say "In select theaters now".
/// </summary>
public sealed class DemoShowtimesLoader(MarqueeDbContext db, ShowtimeImporter importer, TimeProvider clock)
{
    public const int Days = 14;
    public const string ReReleaseFilm = "anora-2024";
    public const string ReReleaseNote = "re-release";

    private sealed record DemoCinema(CinemaInput Cinema, string[] Repertory, string? LateShow, (string Film, string Format, string Time)[] BigScreen);

    private static readonly DemoCinema[] Cinemas =
    [
        new(new("houston-street-picturehouse", "Houston Street Picturehouse", "Houston Street, Manhattan", "New York", "10012", "US", 40.7270, -74.0010, "America/New_York", 3, null),
            ["taxi-driver-1976", "the-third-man-1949", "in-the-mood-for-love-2000", "breathless-1960", "tangerine-2015"], "the-shining-1980",
            [("2001-a-space-odyssey-1968", "70mm", "19:00")]),
        new(new("atlantic-avenue-screens", "Atlantic Avenue Screens", "Atlantic Avenue, Brooklyn", "New York", "11217", "US", 40.6862, -73.9790, "America/New_York", 2, null),
            ["the-florida-project-2017", "red-rocket-2021", "get-out-2017", "portrait-of-a-lady-on-fire-2019"], null, []),
        new(new("sunset-lantern-theatre", "Sunset Lantern Theatre", "Sunset Boulevard, Hollywood", "Los Angeles", "90028", "US", 34.0980, -118.3290, "America/Los_Angeles", 3, null),
            ["vertigo-1958", "the-godfather-1972", "parasite-2019", "everything-everywhere-all-at-once-2022"], "barbarian-2022",
            [("dune-2021", "IMAX", "15:00"), ("blade-runner-2049-2017", "IMAX", "19:15")]),
        new(new("westside-reel", "Westside Reel", "Second Street, Santa Monica", "Los Angeles", "90401", "US", 34.0160, -118.4930, "America/Los_Angeles", 2, null),
            ["the-holdovers-2023", "moonrise-kingdom-2012", "the-grand-budapest-hotel-2014", "amelie-2001"], null, []),
        new(new("southbank-electric", "Southbank Electric", "Belvedere Road, South Bank", "London", "SE1 8XX", "GB", 51.5065, -0.1150, "Europe/London", 3, null),
            ["tokyo-story-1953", "the-400-blows-1959", "la-dolce-vita-1960", "persona-1966"], null,
            [("lawrence-of-arabia-1962", "70mm", "14:30"), ("2001-a-space-odyssey-1968", "70mm", "19:30")]),
        new(new("hackney-kinema", "Hackney Kinema", "Mare Street, Hackney", "London", "E8 1EJ", "GB", 51.5450, -0.0560, "Europe/London", 2, null),
            ["spirited-away-2001", "city-of-god-2002", "shoplifters-2018", "amores-perros-2000"], "oldboy-2003", []),
    ];

    private static readonly string[] AnoraTimes = ["13:00", "16:15", "19:30"];
    private static readonly string[] RepertoryTimes = ["14:00", "18:00", "21:15"];

    /// <summary>
    /// On the first run (no cinemas yet) adds the demo cinemas and Anora's re-release; on every run tops the demo cinemas
    /// up to two weeks of screenings from today. Returns the number of screenings added.
    /// </summary>
    public async Task<int> LoadAsync(CancellationToken ct = default)
    {
        if (!await db.Films.AnyAsync(f => f.Slug == ReReleaseFilm, ct)) return 0;
        if (!await db.Set<Cinema>().AnyAsync(ct)) await AddCinemasAsync(ct);

        var slugs = Cinemas.Select(c => c.Cinema.Slug!).ToList();
        var present = await db.Set<Cinema>().Where(c => slugs.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(ct);
        var films = await db.Films.Select(f => new { f.Slug, f.OriginalLanguage }).ToDictionaryAsync(f => f.Slug, f => f.OriginalLanguage, ct);
        var rows = new List<FeedRow>();
        foreach (var cinema in Cinemas.Where(c => present.Contains(c.Cinema.Slug!)))
            rows.AddRange(Programme(cinema, films));
        var report = await importer.ImportAsync(rows, ct);
        return report.Added;
    }

    /// <summary>Start-up's one call: loads or tops up the demo showtimes and logs what was added.</summary>
    public static async Task LoadLoggedAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        var added = await services.GetRequiredService<DemoShowtimesLoader>().LoadAsync(ct);
        if (added > 0) logger.LogInformation("Demo showtimes: {Screenings} screening(s) added for the next {Days} days", added, Days);
    }

    private async Task AddCinemasAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var demo in Cinemas)
        {
            var c = demo.Cinema;
            db.Add(new Cinema
            {
                Slug = c.Slug!, Name = c.Name!, Address = c.Address, City = c.City!, PostalCode = c.PostalCode, Country = c.Country!,
                Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value, TimeZone = c.TimeZone!, Screens = c.Screens!.Value, Website = c.Website,
            });
        }
        var anora = await db.Films.Include(f => f.ReleaseDates).SingleAsync(f => f.Slug == ReReleaseFilm, ct);
        var reRelease = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-3);
        foreach (var country in new[] { "US", "GB" })
        {
            if (anora.ReleaseDates.Any(r => r.Country == country && r.Note == ReReleaseNote)) continue;
            anora.ReleaseDates.Add(new ReleaseDate { Country = country, Type = ReleaseType.Limited, Date = reRelease, Note = ReReleaseNote });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private IEnumerable<FeedRow> Programme(DemoCinema demo, IReadOnlyDictionary<string, string?> languages)
    {
        var c = demo.Cinema;
        var zone = ZonedTime.FindZone(c.TimeZone)!;
        var today = ProgrammeDay.Of(clock.GetUtcNow(), zone);
        var (currency, price) = c.Country == "GB" ? ("GBP", "14.50") : ("USD", c.City == "Los Angeles" ? "18.50" : "17.00");
        var repertory = demo.Repertory.Where(languages.ContainsKey).ToList();
        var line = 0;
        FeedRow Row(string film, string screen, DateOnly date, string time, string format = "2D", bool captions = false, bool audioDescription = false, bool soldOut = false)
        {
            var language = languages.TryGetValue(film, out var l) ? l : null;
            return new FeedRow(++line, new Dictionary<string, string>
            {
                ["film"] = film, ["cinema_id"] = c.Slug!, ["screen"] = screen, ["time_zone"] = c.TimeZone!,
                ["local_time"] = $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{time}", ["format"] = format,
                ["audio_language"] = language ?? "", ["subtitles"] = language is null or "en" ? "" : "en",
                ["captions"] = captions ? "true" : "false", ["audio_description"] = audioDescription ? "true" : "false",
                ["sold_out"] = soldOut ? "true" : "false", ["price"] = price, ["currency"] = currency,
            });
        }

        for (var i = 0; i < Days; i++)
        {
            var day = today.AddDays(i);
            var weekend = day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday;
            foreach (var time in AnoraTimes)
                yield return Row(ReReleaseFilm, "1", day, time, captions: time == "16:15", audioDescription: time == "13:00", soldOut: time == "19:30" && day.DayOfWeek == DayOfWeek.Saturday);
            if (weekend) yield return Row(ReReleaseFilm, "1", day, "22:45");
            if (repertory.Count > 0)
            {
                for (var s = 0; s < RepertoryTimes.Length; s++)
                    yield return Row(repertory[(i + s) % repertory.Count], "2", day, RepertoryTimes[s]);
            }
            // The late show starts after midnight but belongs to this evening's programme.
            if (weekend && demo.LateShow is { } late && languages.ContainsKey(late)) yield return Row(late, "2", day.AddDays(1), "00:30");
            foreach (var (film, format, time) in demo.BigScreen.Where(b => languages.ContainsKey(b.Film)))
                yield return Row(film, "3", day, time, format);
        }
    }
}

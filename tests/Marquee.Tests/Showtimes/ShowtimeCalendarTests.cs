using Ical.Net;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Showtimes;

/// <summary>The .ics files, parsed back with Ical.Net: time zones, local times across the DST change, stable UIDs.</summary>
public sealed class ShowtimeCalendarTests(ShowtimesDemoApp app) : IClassFixture<ShowtimesDemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Calendar Calendar, string Text)> LoadAsync(string url)
    {
        using var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (Calendar.Load(text)!, text);
    }

    private async Task<int> ScreeningIdAsync(string query)
    {
        var page = await (await app.Client().GetAsync($"/api/v1/screenings?{query}", Ct)).ReadNodeAsync();
        return (int)page["items"]![0]!["id"]!;
    }

    [Theory]
    // 13:00 in New York is 17:00 UTC before 1 November (EDT) and 18:00 UTC after (EST).
    [InlineData("2026-10-30", "2026-10-30T17:00:00Z")]
    [InlineData("2026-11-02", "2026-11-02T18:00:00Z")]
    public async Task One_screening_carries_its_zone_and_local_time(string day, string utc)
    {
        var id = await ScreeningIdAsync($"cinema=houston-street-picturehouse&film=anora-2024&from={day}&to={day}");
        var (calendar, text) = await LoadAsync($"/screenings/{id}.ics");
        var ev = Assert.Single(calendar.Events);
        Assert.Equal("America/New_York", Assert.Single(calendar.TimeZones).TzId);
        Assert.Contains("BEGIN:STANDARD", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=America/New_York:{day.Replace("-", "", StringComparison.Ordinal)}T130000", text, StringComparison.Ordinal);
        Assert.Equal("America/New_York", ev.DtStart!.TzId);
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), ev.DtStart.AsUtc);
        Assert.Equal(TimeSpan.FromMinutes(139), ev.DtEnd!.AsUtc - ev.DtStart.AsUtc);
        Assert.Equal("Anora (2024) at Houston Street Picturehouse", ev.Summary);
        Assert.Equal($"screening-{id}@marquee.local", ev.Uid);

        // The same screening fetched again keeps its UID, so calendar apps update it instead of adding a copy.
        var (again, _) = await LoadAsync($"/screenings/{id}.ics");
        Assert.Equal(ev.Uid, Assert.Single(again.Events).Uid);
    }

    [Fact]
    public async Task Feeds_per_film_and_per_cinema_list_every_upcoming_screening_once()
    {
        var api = await (await app.Client().GetAsync("/api/v1/screenings?film=anora-2024&from=2026-10-22&to=2026-11-04&pageSize=500", Ct)).ReadNodeAsync();
        var (film, _) = await LoadAsync("/films/anora-2024/showtimes.ics");
        Assert.Equal((int)api["total"]!, film.Events.Count);
        Assert.Equal(film.Events.Count, film.Events.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(["America/Los_Angeles", "America/New_York", "Europe/London"], film.TimeZones.Select(z => z.TzId).Order());

        var (cinema, _) = await LoadAsync("/cinemas/southbank-electric.ics");
        Assert.Equal("Europe/London", Assert.Single(cinema.TimeZones).TzId);
        Assert.All(cinema.Events, e => Assert.Contains("Southbank Electric", e.Summary, StringComparison.Ordinal));
        Assert.Contains(cinema.Events, e => e.Summary!.StartsWith("2001: A Space Odyssey", StringComparison.Ordinal) && e.Description!.Contains("70mm", StringComparison.Ordinal));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Client().GetAsync("/screenings/999999.ics", Ct)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Client().GetAsync("/cinemas/nowhere.ics", Ct)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await app.Client().GetAsync("/films/no-such-film/showtimes.ics", Ct)).StatusCode);
    }
}

using Marquee.Data.Showtimes;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>.ics downloads: one screening, and subscribable feeds of a film's or a cinema's next two weeks.</summary>
internal static class CalendarEndpoints
{
    public static void MapShowtimeCalendars(this WebApplication app)
    {
        app.MapGet("/screenings/{id:int}.ics", async (int id, ShowtimeQueries queries, ShowtimeCalendar calendar, CancellationToken ct) =>
        {
            var screening = await queries.ScreeningAsync(id, ct);
            if (screening is null) return Results.NotFound();
            var cinemas = await CinemasAsync(queries, ct);
            return Ics(calendar.Write($"{screening.FilmTitle} at {screening.CinemaName}", [screening], cinemas), $"screening-{id}.ics");
        }).ExcludeFromDescription();

        app.MapGet("/films/{slug}/showtimes.ics", async (string slug, ShowtimeQueries queries, ShowtimeCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        {
            var screenings = await UpcomingAsync(queries, clock, new ScreeningFilter(Film: slug), ct);
            var title = await queries.FilmTitleAsync(slug, ct);
            if (title is null) return Results.NotFound();
            return Ics(calendar.Write($"{title}: showtimes", screenings, await CinemasAsync(queries, ct)), $"{slug}-showtimes.ics");
        }).ExcludeFromDescription();

        app.MapGet("/cinemas/{slug}.ics", async (string slug, ShowtimeQueries queries, ShowtimeCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        {
            var cinema = await queries.CinemaAsync(slug, ct);
            if (cinema is null) return Results.NotFound();
            var screenings = await UpcomingAsync(queries, clock, new ScreeningFilter(Cinema: slug), ct);
            return Ics(calendar.Write($"{cinema.Name}: showtimes", screenings, new Dictionary<string, CinemaView> { [slug] = cinema }), $"{slug}.ics");
        }).ExcludeFromDescription();
    }

    private static async Task<IReadOnlyList<ScreeningView>> UpcomingAsync(ShowtimeQueries queries, TimeProvider clock, ScreeningFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var page = await queries.ScreeningsAsync(filter with { From = today.AddDays(-1), To = today.AddDays(ShowtimeDays.Count), PageSize = ScreeningFilter.MaxPageSize }, ct);
        return page.Items.Where(s => s.StartsAtUtc >= now).ToList();
    }

    private static async Task<IReadOnlyDictionary<string, CinemaView>> CinemasAsync(ShowtimeQueries queries, CancellationToken ct) =>
        (await queries.CinemasAsync(ct: ct)).ToDictionary(c => c.Slug, StringComparer.Ordinal);

    private static IResult Ics(string text, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(text), ShowtimeCalendar.ContentType, fileName);
}

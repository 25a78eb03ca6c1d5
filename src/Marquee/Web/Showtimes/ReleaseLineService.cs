using Marquee.Core.Showtimes;
using Marquee.Data.Films;
using Marquee.Data.Showtimes;

namespace Marquee.Web.Showtimes;

/// <summary>The release line on a film's info card, for the reader's country and today.</summary>
public sealed record ReleaseLineView(string? Line, bool LinkToShowtimes, string Country, string FilmSlug);

public sealed class ReleaseLineService(ShowtimeQueries showtimes, ReaderCountry readerCountry, TimeProvider clock)
{
    public async Task<ReleaseLineView> ForAsync(FilmDetails film, HttpRequest request, CancellationToken ct = default)
    {
        var country = readerCountry.Of(request);
        var now = clock.GetUtcNow();
        // "Today" on the reader's side of the date line: the clock of a cinema in their country, else UTC.
        var zone = ZonedTime.FindZone(await showtimes.ZoneOfCountryAsync(country, ct)) ?? TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(ZonedTime.ToLocal(now, zone).DateTime);
        var hasScreenings = await showtimes.HasUpcomingScreeningsAsync(film.Id, country, now, ct);
        var window = ReleaseWindow.For(film.ReleaseFacts(), country, today, hasScreenings);
        return new ReleaseLineView(ReleaseLine.For(window, today), hasScreenings && ReleaseLine.OffersShowtimes(window), country, film.Slug);
    }
}

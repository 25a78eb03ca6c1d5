using Marquee.Core.Releases;
using Marquee.Core.Showtimes;
using Marquee.Data.Reviews;
using Marquee.Data.Showtimes;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Films;

/// <summary>
/// Reads what every page about a film shows of it (the film page, its reviews, its showtimes): the details, the
/// critics' reviews and score, and the info card for the reader's country, so no page or partial queries on its own.
/// </summary>
public sealed class FilmPageQueries(MarqueeDbContext db, FilmQueries films, ReviewQueries reviews, ShowtimeQueries showtimes, TimeProvider clock)
{
    public async Task<FilmPage?> GetAsync(string slug, string country, CancellationToken ct = default)
    {
        var film = await films.GetDetailsAsync(slug, ct);
        if (film is null) return null;
        var scores = await reviews.ForFilmAsync(slug, ct);
        var releases = await db.ReleaseDates.AsNoTracking().Where(r => r.FilmId == film.Id)
            .Select(r => new ReleaseFact(r.Country, r.Type, r.Date, r.Note)).ToListAsync(ct);

        var now = clock.GetUtcNow();
        // "Today" on the reader's side of the date line: the clock of a cinema in their country, else UTC.
        var zone = ZonedTime.FindZone(await showtimes.ZoneOfCountryAsync(country, ct)) ?? TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(ZonedTime.ToLocal(now, zone).DateTime);
        var hasScreenings = await showtimes.HasUpcomingScreeningsAsync(film.Id, country, now, ct);

        var card = new FilmInfoCard(
            film.Slug, film.Title, film.Year, film.Synopsis ?? film.Logline, ReleaseStatus.For(releases, country, today, hasScreenings),
            film.Directors, film.Cast, film.RuntimeMinutes, film.Genres, scores.Critics);
        var picture = await db.Images.AsNoTracking().Where(i => i.FilmId == film.Id).OrderBy(i => i.Id)
            .Select(i => new FilmPicture(ReviewImages.UrlPrefix + i.FileName, i.AltText)).FirstOrDefaultAsync(ct);
        return new FilmPage(film, scores, card, picture);
    }
}

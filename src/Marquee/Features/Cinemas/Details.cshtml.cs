using Marquee.Core.Showtimes;
using Marquee.Data.Showtimes;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.Cinemas;

/// <summary>/cinemas/{slug}: the cinema and its schedule for today and the next 13 days, by day.</summary>
public sealed class DetailsModel(ShowtimeQueries showtimes, TimeProvider clock) : PageModel
{
    public CinemaView Cinema { get; private set; } = null!;
    public IReadOnlyList<IGrouping<DateOnly, ScreeningView>> Schedule { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var cinema = await showtimes.CinemaAsync(slug, ct);
        if (cinema is null) return NotFound();
        Cinema = cinema;
        var now = clock.GetUtcNow();
        var days = ShowtimeDays.For(ZonedTime.FindZone(cinema.TimeZone) ?? TimeZoneInfo.Utc, now, null);
        var screenings = await showtimes.ScreeningsAsync(new ScreeningFilter(Cinema: slug, From: days.Today, To: days.Days[^1], PageSize: ScreeningFilter.MaxPageSize), ct);
        Schedule = screenings.Items.Where(s => s.StartsAtUtc >= now).GroupBy(s => s.Day).OrderBy(g => g.Key).ToList();
        return Page();
    }
}

using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Marquee.Data.Showtimes;
using Microsoft.Extensions.Options;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>
/// iCalendar files for screenings: one screening ("add to calendar") or a subscribable feed. Times are written on the
/// cinema's clock with its VTIMEZONE, and each screening's UID is fixed by its id, so calendar apps update rather than duplicate.
/// </summary>
public sealed class ShowtimeCalendar(SiteUrls urls, IOptions<SiteOptions> site, TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public string Uid(int screeningId)
    {
        var host = Uri.TryCreate(site.Value.PublicUrl, UriKind.Absolute, out var uri) ? uri.Host : "marquee.local";
        return $"screening-{screeningId}@{host}";
    }

    public string Write(string name, IEnumerable<ScreeningView> screenings, IReadOnlyDictionary<string, CinemaView> cinemas)
    {
        var calendar = new Calendar { ProductId = "-//Marquee//Showtimes//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var list = screenings.ToList();
        // Each zone's rules from the first screening on, so the feed stays small but covers every change it spans.
        foreach (var zone in list.GroupBy(s => s.TimeZone, StringComparer.Ordinal))
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, zone.Min(s => s.StartsAtLocal.DateTime).AddDays(-1), includeHistoricalData: false));
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC");
        foreach (var s in list)
        {
            cinemas.TryGetValue(s.CinemaSlug, out var cinema);
            var length = TimeSpan.FromMinutes(s.RuntimeMinutes is { } m and > 0 ? m : (int)ShowtimeImporter.DefaultRunTime.TotalMinutes);
            var title = s.FilmYear is { } year ? $"{s.FilmTitle} ({year})" : s.FilmTitle;
            var details = new List<string> { $"Screen {s.Screen}", s.Format };
            if (s.Subtitles is { } subs) details.Add($"subtitles: {subs}");
            if (s.Captions) details.Add("captioned");
            if (s.AudioDescription) details.Add("audio description");
            if (s.TicketUrl is { } tickets) details.Add($"tickets: {tickets}");
            var ev = new CalendarEvent
            {
                Uid = Uid(s.Id),
                Summary = $"{title} at {s.CinemaName}",
                DtStart = new CalDateTime(s.StartsAtLocal.DateTime, s.TimeZone),
                DtEnd = new CalDateTime(s.StartsAtLocal.DateTime.Add(length), s.TimeZone),
                DtStamp = stamp,
                Sequence = (int)Math.Max(0, s.Version - 1),
                Location = cinema is null ? s.CinemaName : string.Join(", ", new[] { cinema.Name, cinema.Address, cinema.City, cinema.PostalCode }.Where(p => !string.IsNullOrEmpty(p))),
                Description = string.Join(" · ", details),
                Url = new Uri(urls.Absolute($"/films/{s.FilmSlug}/showtimes")),
            };
            if (cinema is not null) ev.GeographicLocation = new GeographicLocation(cinema.Latitude, cinema.Longitude);
            calendar.Events.Add(ev);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

using System.Globalization;
using Marquee.Core.Showtimes;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>The fortnight a showtime page offers (today and the next 13 days) on one clock, and the day the reader picked.</summary>
public sealed record ShowtimeDays(IReadOnlyList<DateOnly> Days, DateOnly Selected, string? Error)
{
    public const int Count = 14;

    public DateOnly Today => Days[0];

    public static ShowtimeDays For(TimeZoneInfo zone, DateTimeOffset now, string? requested)
    {
        var today = ProgrammeDay.Of(now, zone);
        var days = Enumerable.Range(0, Count).Select(today.AddDays).ToList();
        if (string.IsNullOrWhiteSpace(requested)) return new ShowtimeDays(days, today, null);
        if (!DateOnly.TryParseExact(requested, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new ShowtimeDays(days, today, $"'{requested}' is not a date like {today:yyyy-MM-dd}; showing today.");
        if (date < today || date > days[^1])
            return new ShowtimeDays(days, today, $"Showtimes are listed from {Label(today)} to {Label(days[^1])}; showing today.");
        return new ShowtimeDays(days, date, null);
    }

    public static string Label(DateOnly day) => day.ToString("dddd, MMMM d", CultureInfo.GetCultureInfo("en-US"));

    public static string Brief(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.GetCultureInfo("en-US"));

    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset local) => local.ToString("h:mm tt", CultureInfo.GetCultureInfo("en-US"));
}

/// <summary>Where the reader is, from a postal code or shared coordinates; an unknown code is an error to show, not a failure.</summary>
public sealed record ReaderLocation(GeoPoint? Point, string? Postal, string? Error)
{
    public static ReaderLocation From(string? postal, string? lat, string? lon)
    {
        if (!string.IsNullOrWhiteSpace(lat) || !string.IsNullOrWhiteSpace(lon))
        {
            if (double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                && double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && GeoPoint.IsValid(la, lo))
                return new ReaderLocation(new GeoPoint(la, lo), null, null);
            return new ReaderLocation(null, null, "The shared location was not understood.");
        }
        if (string.IsNullOrWhiteSpace(postal)) return new ReaderLocation(null, null, null);
        var trimmed = postal.Trim();
        if (trimmed.Length > 16) return new ReaderLocation(null, null, "That postal code is too long.");
        return PostalCodes.Locate(trimmed) is { } point
            ? new ReaderLocation(point, trimmed, null)
            : new ReaderLocation(null, trimmed, $"We do not know where {trimmed} is; try a postal code in New York, Los Angeles or London.");
    }
}

namespace Marquee.Core.Showtimes;

/// <summary>
/// Which day's programme a screening belongs to. Cinemas list a 00:30 show as the last show of the evening before,
/// so anything starting before the cut-off hour (local time) counts for the previous day.
/// </summary>
public static class ProgrammeDay
{
    public static readonly TimeOnly CutOff = new(5, 0);

    /// <summary>The days a screening can fall on: from cinema's first year to a date far enough ahead for any plan,
    /// so that every day converts to an instant in any zone without leaving the calendar.</summary>
    public static readonly DateOnly Earliest = new(1895, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool IsInRange(DateOnly day) => day >= Earliest && day <= Latest;

    public static DateOnly Of(DateTime localStart)
    {
        var day = DateOnly.FromDateTime(localStart);
        return TimeOnly.FromDateTime(localStart) < CutOff ? day.AddDays(-1) : day;
    }

    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) => Of(ZonedTime.ToLocal(instant, zone).DateTime);

    /// <summary>The UTC instants a programme day spans in a zone: from its cut-off to the next day's cut-off.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Span(DateOnly day, TimeZoneInfo zone) =>
        (StartOf(day, zone), StartOf(day.AddDays(1), zone));

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(CutOff);
        // 05:00 is never inside a daylight-saving gap in the zones we know, but be safe: step forward an hour if it is.
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

using System.Globalization;

namespace Marquee.Core.Showtimes;

/// <summary>Why a local time could not become an instant.</summary>
public enum LocalTimeProblem
{
    None,
    UnknownZone,
    Nonexistent,
    Ambiguous,
    OffsetMismatch,
    Malformed,
}

/// <summary>The outcome of reading a local time in a zone: the instant, or the problem and a reason a person can act on.</summary>
public sealed record LocalTimeResult(DateTimeOffset? Instant, LocalTimeProblem Problem, string? Reason)
{
    public bool Succeeded => Instant is not null;

    public static LocalTimeResult Ok(DateTimeOffset instant) => new(instant, LocalTimeProblem.None, null);

    public static LocalTimeResult Fail(LocalTimeProblem problem, string reason) => new(null, problem, reason);
}

/// <summary>
/// Converts between a cinema's wall clock (IANA zone) and UTC. A wall-clock time that the zone skips (the spring-forward gap)
/// is refused; one it repeats (the autumn overlap) is refused unless an explicit UTC offset says which of the two is meant.
/// </summary>
public static class ZonedTime
{
    public static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            // Windows ids ("Eastern Standard Time") also resolve on Linux; feeds must use IANA ids.
            return zone.HasIanaId ? zone : null;
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    public static LocalTimeResult ToUtc(DateTime local, string zoneId, TimeSpan? offset = null)
    {
        var zone = FindZone(zoneId);
        if (zone is null) return LocalTimeResult.Fail(LocalTimeProblem.UnknownZone, $"'{zoneId}' is not an IANA time zone (e.g. America/New_York).");
        return ToUtc(local, zone, offset);
    }

    public static LocalTimeResult ToUtc(DateTime local, TimeZoneInfo zone, TimeSpan? offset = null)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var text = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (offset is { } given)
        {
            // The offset names the instant; it must be the offset the zone really has at that instant.
            var instant = new DateTimeOffset(local, given);
            return zone.GetUtcOffset(instant) == given
                ? LocalTimeResult.Ok(instant.ToUniversalTime())
                : LocalTimeResult.Fail(LocalTimeProblem.OffsetMismatch, $"{text}{FormatOffset(given)} is not a time {zone.Id} shows (its offset then is {FormatOffset(zone.GetUtcOffset(instant))}).");
        }
        if (zone.IsInvalidTime(local))
            return LocalTimeResult.Fail(LocalTimeProblem.Nonexistent, $"{text} does not exist in {zone.Id}: the clocks skip that hour for daylight saving time.");
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local).OrderByDescending(o => o).Select(FormatOffset);
            return LocalTimeResult.Fail(LocalTimeProblem.Ambiguous, $"{text} happens twice in {zone.Id} as the clocks go back; give an offset ({string.Join(" or ", offsets)}).");
        }
        return LocalTimeResult.Ok(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime());
    }

    /// <summary>The instant on the zone's wall clock, with the zone's offset at that instant.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}

using Marquee.Core.Showtimes;

namespace Marquee.Tests.Showtimes;

/// <summary>Local time ↔ UTC around the daylight-saving changes of New York and London, and which day a late show belongs to.</summary>
public sealed class ZonedTimeTests
{
    [Theory]
    // An ordinary evening: EST is UTC-5, EDT UTC-4, GMT UTC+0, BST UTC+1.
    [InlineData("America/New_York", "2026-11-20T19:30", null, "2026-11-21T00:30Z")]
    [InlineData("America/New_York", "2026-07-04T21:00", null, "2026-07-05T01:00Z")]
    [InlineData("Europe/London", "2026-01-10T20:00", null, "2026-01-10T20:00Z")]
    [InlineData("Europe/London", "2026-06-10T20:00", null, "2026-06-10T19:00Z")]
    [InlineData("America/Los_Angeles", "2026-11-20T22:15", null, "2026-11-21T06:15Z")]
    // The repeated hour, settled by the offset: New York 1 November 2026, London 25 October 2026.
    [InlineData("America/New_York", "2026-11-01T01:30", "-04:00", "2026-11-01T05:30Z")]
    [InlineData("America/New_York", "2026-11-01T01:30", "-05:00", "2026-11-01T06:30Z")]
    [InlineData("Europe/London", "2026-10-25T01:30", "+01:00", "2026-10-25T00:30Z")]
    [InlineData("Europe/London", "2026-10-25T01:30", "+00:00", "2026-10-25T01:30Z")]
    // An offset on an ordinary time must agree with the zone.
    [InlineData("Europe/London", "2026-06-10T20:00", "+01:00", "2026-06-10T19:00Z")]
    public void Converts_local_time_to_utc(string zone, string local, string? offset, string expectedUtc)
    {
        var result = ZonedTime.ToUtc(Parse(local), zone, offset is null ? null : ParseOffset(offset));
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), result.Instant);
        Assert.Equal(TimeSpan.Zero, result.Instant!.Value.Offset);
    }

    [Theory]
    // The skipped hour: New York 8 March 2026 02:00→03:00, London 29 March 2026 01:00→02:00.
    [InlineData("America/New_York", "2026-03-08T02:30", null, LocalTimeProblem.Nonexistent)]
    [InlineData("America/New_York", "2026-03-08T02:00", null, LocalTimeProblem.Nonexistent)]
    [InlineData("Europe/London", "2026-03-29T01:30", null, LocalTimeProblem.Nonexistent)]
    // An offset does not make a skipped wall-clock time real.
    [InlineData("America/New_York", "2026-03-08T02:30", "-05:00", LocalTimeProblem.OffsetMismatch)]
    [InlineData("America/New_York", "2026-03-08T02:30", "-04:00", LocalTimeProblem.OffsetMismatch)]
    // The repeated hour without an offset.
    [InlineData("America/New_York", "2026-11-01T01:30", null, LocalTimeProblem.Ambiguous)]
    [InlineData("America/New_York", "2026-11-01T01:00", null, LocalTimeProblem.Ambiguous)]
    [InlineData("Europe/London", "2026-10-25T01:15", null, LocalTimeProblem.Ambiguous)]
    // An offset the zone never has then.
    [InlineData("America/New_York", "2026-11-01T01:30", "-06:00", LocalTimeProblem.OffsetMismatch)]
    [InlineData("Europe/London", "2026-01-10T20:00", "+01:00", LocalTimeProblem.OffsetMismatch)]
    [InlineData("Mars/Olympus_Mons", "2026-01-10T20:00", null, LocalTimeProblem.UnknownZone)]
    [InlineData("", "2026-01-10T20:00", null, LocalTimeProblem.UnknownZone)]
    public void Refuses_times_that_do_not_exist_or_are_ambiguous(string zone, string local, string? offset, LocalTimeProblem expected)
    {
        var result = ZonedTime.ToUtc(Parse(local), zone, offset is null ? null : ParseOffset(offset));
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Problem);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void The_ambiguous_reason_names_both_offsets()
    {
        var result = ZonedTime.ToUtc(Parse("2026-11-01T01:30"), "America/New_York");
        Assert.Contains("-04:00", result.Reason, StringComparison.Ordinal);
        Assert.Contains("-05:00", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-28T00:30", "2026-11-27")]
    [InlineData("2026-11-28T04:59", "2026-11-27")]
    [InlineData("2026-11-28T05:00", "2026-11-28")]
    [InlineData("2026-11-28T13:00", "2026-11-28")]
    [InlineData("2026-11-28T23:59", "2026-11-28")]
    [InlineData("2027-01-01T00:15", "2026-12-31")]
    public void A_show_after_midnight_belongs_to_the_evening_before(string local, string expectedDay) =>
        Assert.Equal(DateOnly.Parse(expectedDay, System.Globalization.CultureInfo.InvariantCulture), ProgrammeDay.Of(Parse(local)));

    [Fact]
    public void The_programme_day_of_an_instant_is_read_on_the_cinema_clock()
    {
        // 05:30 UTC on 29 November is 00:30 in New York (the 28th's late show) but 05:30 in London (the 29th).
        var instant = new DateTimeOffset(2026, 11, 29, 5, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 11, 28), ProgrammeDay.Of(instant, ZonedTime.FindZone("America/New_York")!));
        Assert.Equal(new DateOnly(2026, 11, 29), ProgrammeDay.Of(instant, ZonedTime.FindZone("Europe/London")!));
    }

    [Fact]
    public void A_programme_day_spanning_the_autumn_change_lasts_25_hours()
    {
        var (start, end) = ProgrammeDay.Span(new DateOnly(2026, 10, 31), ZonedTime.FindZone("America/New_York")!);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 9, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(TimeSpan.FromHours(25), end - start);
    }

    private static DateTime Parse(string local) =>
        DateTime.ParseExact(local, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeSpan ParseOffset(string offset) =>
        (offset[0] == '-' ? -1 : 1) * TimeSpan.ParseExact(offset[1..], "hh\\:mm", System.Globalization.CultureInfo.InvariantCulture);
}

using Marquee.Core.Films;
using Marquee.Core.Releases;
using Microsoft.Extensions.Time.Testing;

namespace Marquee.Tests.Showtimes;

/// <summary>The release window and line per country and date, with the clock faked through TimeProvider.</summary>
public sealed class ReleaseWindowTests
{
    // Anora's real releases (as in the demo catalogue), plus a US Blu-ray date to exercise the last stage.
    private static readonly ReleaseFact[] Anora =
    [
        new("FR", ReleaseType.Premiere, new DateOnly(2024, 5, 21), "Cannes Film Festival"),
        new("US", ReleaseType.Limited, new DateOnly(2024, 10, 18), null),
        new("GB", ReleaseType.Theatrical, new DateOnly(2024, 11, 1), null),
        new("US", ReleaseType.Digital, new DateOnly(2024, 12, 31), null),
        new("US", ReleaseType.Physical, new DateOnly(2025, 2, 18), null),
    ];

    [Theory]
    [InlineData("US", "2023-12-01", false, ReleaseStage.Announced, "In select theaters October 18, 2024")]
    [InlineData("US", "2024-06-01", false, ReleaseStage.Premiered, "In select theaters October 18")]
    [InlineData("US", "2024-10-18", false, ReleaseStage.Limited, "In select theaters now")]
    [InlineData("US", "2024-12-30", false, ReleaseStage.Limited, "In select theaters now")]
    [InlineData("US", "2024-12-31", false, ReleaseStage.Digital, "Streaming now")]
    [InlineData("US", "2025-02-18", false, ReleaseStage.Physical, "Now on Blu-ray")]
    [InlineData("US", "2030-01-01", true, ReleaseStage.Physical, "Now on Blu-ray")]
    [InlineData("GB", "2024-10-20", false, ReleaseStage.Premiered, "In theaters November 1")]
    [InlineData("GB", "2024-11-01", false, ReleaseStage.Wide, "In theaters now")]
    [InlineData("GB", "2025-01-30", false, ReleaseStage.Wide, "In theaters now")]
    // Ninety days on, with no screenings on record, the run is over and there is nothing to say.
    [InlineData("GB", "2025-01-31", false, ReleaseStage.Wide, null)]
    // …but screenings still playing keep it in theaters.
    [InlineData("GB", "2025-06-01", true, ReleaseStage.Wide, "In theaters now")]
    // A country with no release of its own.
    [InlineData("DE", "2025-06-01", true, ReleaseStage.Premiered, null)]
    public void Window_and_line_by_country_and_day(string country, string day, bool screenings, ReleaseStage stage, string? line)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var window = ReleaseWindow.For(Anora, country, today, screenings);
        Assert.Equal(stage, window.Stage);
        Assert.Equal(line, window.Line(today));
    }

    [Fact]
    public void A_limited_re_release_after_streaming_puts_the_film_back_in_select_theaters()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero));
        ReleaseFact[] releases = [.. Anora, new("US", ReleaseType.Limited, new DateOnly(2026, 11, 25), "re-release")];
        string? Line() => ReleaseWindow.For(releases, "US", Today(clock)).Line(Today(clock));

        Assert.Equal("Now on Blu-ray", Line());
        clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal("In select theaters now", Line());
        Assert.True(ReleaseWindow.For(releases, "US", Today(clock)).InTheaters);
        // The re-release's run closes after ninety days without screenings; the film is back to its last home release.
        clock.Advance(TimeSpan.FromDays(91));
        Assert.Equal("Now on Blu-ray", Line());
        Assert.Equal("In select theaters now", ReleaseWindow.For(releases, "US", Today(clock), hasScreenings: true).Line(Today(clock)));
    }

    [Fact]
    public void Digital_and_physical_on_one_day_reads_as_blu_ray_and_tv_airings_do_not_move_the_window()
    {
        var day = new DateOnly(2025, 3, 1);
        ReleaseFact[] releases =
        [
            new("US", ReleaseType.Theatrical, new DateOnly(2024, 11, 22), null),
            new("US", ReleaseType.Physical, day, null),
            new("US", ReleaseType.Digital, day, null),
            new("US", ReleaseType.Tv, day.AddDays(1), null),
        ];
        Assert.Equal("Now on Blu-ray", ReleaseWindow.For(releases, "US", day.AddDays(2)).Line(day.AddDays(2)));
        Assert.Equal("In theaters November 22", ReleaseWindow.For(releases, "US", new DateOnly(2024, 11, 1)).Line(new DateOnly(2024, 11, 1)));
        Assert.Equal("Streaming March 1, 2025", ReleaseWindow.For(releases.Skip(1).Where(r => r.Type == ReleaseType.Digital), "US", new DateOnly(2024, 11, 1)).Line(new DateOnly(2024, 11, 1)));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

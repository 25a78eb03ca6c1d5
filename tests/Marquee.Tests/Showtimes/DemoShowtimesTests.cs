using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Showtimes;

/// <summary>The demo schedule is computed from the clock and rolls forward while the server runs.</summary>
public sealed class DemoShowtimesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_fortnight_rolls_forward_as_the_days_pass()
    {
        using var app = new ShowtimesApp();
        var client = app.Client();
        async Task<int> CountAsync(string day) =>
            (int)(await (await client.GetAsync($"/api/v1/screenings?cinema=hackney-kinema&from={day}&to={day}", Ct)).ReadNodeAsync())["total"]!;

        // Thursday 22 October is the first of fourteen days; Thursday 5 November is not listed yet.
        Assert.Equal(6, await CountAsync("2026-10-22"));
        Assert.Equal(6, await CountAsync("2026-11-04"));
        Assert.Equal(0, await CountAsync("2026-11-05"));

        app.Clock.Advance(TimeSpan.FromDays(1));
        // The refresher runs in the background once the clock passes its six-hour tick: wait for it, bounded generously
        // so that a loaded machine is not mistaken for a refresher that never ran.
        for (var i = 0; i < 600 && await CountAsync("2026-11-05") == 0; i++) await Task.Delay(100, Ct);
        // Anora three times and three repertory shows; a Thursday has no late show.
        Assert.Equal(6, await CountAsync("2026-11-05"));
        // The days already listed are not doubled.
        Assert.Equal(6, await CountAsync("2026-11-04"));
    }
}

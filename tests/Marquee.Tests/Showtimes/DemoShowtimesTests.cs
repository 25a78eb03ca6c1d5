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

        // The refresher runs in the background once the clock passes its six-hour tick: wait for the run that added the
        // new day (the bound only guards against a hang).
        var refreshed = app.Log.WaitForAsync(e => e.Category.EndsWith(".DemoShowtimesRefresher", StringComparison.Ordinal)
            && e.Message.StartsWith("Demo showtimes:", StringComparison.Ordinal));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await refreshed.WaitAsync(TimeSpan.FromMinutes(3), Ct);
        // Anora three times and three repertory shows; a Thursday has no late show.
        Assert.Equal(6, await CountAsync("2026-11-05"));
        // The days already listed are not doubled.
        Assert.Equal(6, await CountAsync("2026-11-04"));
    }
}

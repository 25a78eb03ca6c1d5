using Marquee.Tests.Infrastructure;
using Marquee.Tests.Showtimes;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>The background publisher, on the app's clock: a scheduled review goes public once its time has passed.</summary>
public sealed class ScheduledPublishingTests
{
    [Fact]
    public async Task A_scheduled_review_is_published_by_the_server_when_its_time_comes()
    {
        using var app = new ShowtimesApp(); // a demo app on a clock the test moves
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var slug = (string)(await CreateAsync(critic, Review("the-irishman-2019", "Words for later.")))["slug"]!;
        var scheduled = await ActAsync(editor, slug, "schedule", body: new { at = app.Clock.GetUtcNow().AddHours(1) });
        Assert.Equal("scheduled", (string?)(await scheduled.ReadNodeAsync())["status"]);

        async Task<string?> StatusAsync() => (string?)(await (await editor.GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync())["status"];
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal("scheduled", await StatusAsync());

        // The publisher runs in the background on its next tick: wait for the run that published it (the bound only
        // guards against a hang).
        var published = app.Log.WaitForAsync(e => e.Category.EndsWith(".ScheduledReviewPublisher", StringComparison.Ordinal)
            && e.Message.StartsWith("Published 1 ", StringComparison.Ordinal));
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await published.WaitAsync(TimeSpan.FromMinutes(3), Ct);
        Assert.Equal("published", await StatusAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.Client().GetAsync($"/reviews/{slug}", Ct)).StatusCode);
    }
}

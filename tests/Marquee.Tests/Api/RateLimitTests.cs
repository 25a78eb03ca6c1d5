using System.Net;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Api;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Over_budget_is_429_with_retry_after()
    {
        using var app = new MarqueeApp(Provider.Sqlite, demo: false, new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "5" });
        var client = app.Client();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/films", TestContext.Current.CancellationToken)).StatusCode);
        var refused = await client.GetAsync("/api/v1/films", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter is not null);
        // Pages are not part of the API budget.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/films", TestContext.Current.CancellationToken)).StatusCode);
    }
}

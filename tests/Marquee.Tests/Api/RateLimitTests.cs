using System.Net;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Api;

public sealed class RateLimitTests
{
    [Theory]
    [AllProviders("/api/v1/films")]
    [AllProviders("/api/v1/cinemas")]
    [AllProviders("/api/v1/screenings")]
    [AllProviders("/api/v1/reviews")]
    [AllProviders("/api/v1/search?q=anora")]
    public async Task Over_budget_is_429_with_retry_after(Provider provider, string url)
    {
        using var app = new MarqueeApp(provider, demo: false, new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "5" });
        var client = app.Client();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
        var refused = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter is not null);
        // Pages are not part of the API budget.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/films", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void Every_api_endpoint_is_metered()
    {
        using var app = new MarqueeApp(Provider.Sqlite, demo: false);
        _ = app.Server;
        var endpoints = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        var unmetered = endpoints.Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}");
        Assert.Empty(unmetered);
    }
}

using System.Net;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Web;

/// <summary>The headers <c>SecurityHeaders</c> puts on every response.</summary>
public static class SecurityHeaderAssert
{
    /// <summary>Fails naming the response when any of the headers is missing.</summary>
    public static void Carried(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} ({(int)response.StatusCode})";
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy" })
            Assert.True(response.Headers.Contains(header), $"{what} has no {header}");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

/// <summary>Every response carries the security headers: errors, refusals, static files and cached pages too.</summary>
public sealed class SecurityHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Errors_refusals_static_files_and_cached_pages_carry_them(Provider provider)
    {
        using var app = new ThrowingApp(provider);
        var reader = app.Client();
        var editor = await app.ClientWithRoleAsync("editor");

        var responses = new List<HttpResponseMessage>
        {
            await Expect(HttpStatusCode.InternalServerError, reader.GetAsync(ThrowingApp.PagePath, Ct)),
            await Expect(HttpStatusCode.InternalServerError, reader.GetAsync(ThrowingApp.ApiPath, Ct)),
            await Expect(HttpStatusCode.NotFound, reader.GetAsync("/no-such-page", Ct)),
            await Expect(HttpStatusCode.NotFound, reader.GetAsync("/api/v1/films/no-such-film", Ct)),
            await Expect(HttpStatusCode.MethodNotAllowed, reader.PostAsync("/healthz", null, Ct)),
            await Expect(HttpStatusCode.BadRequest, editor.PostAsync("/api/v1/films", Json.Raw("{"), Ct)),
            await Expect(HttpStatusCode.RequestEntityTooLarge,
                editor.PostAsync("/api/v1/films", Json.Raw($$"""{"title":"X","synopsis":"{{new string('a', 1_100_000)}}"}"""), Ct)),
            await Expect(HttpStatusCode.OK, reader.GetAsync("/css/site.css", Ct)),
            await Expect(HttpStatusCode.OK, reader.GetAsync("/films/anora-2024", Ct)),
            await Expect(HttpStatusCode.OK, reader.GetAsync("/films/anora-2024", Ct)),
            await Expect(HttpStatusCode.OK, reader.GetAsync("/healthz", Ct)),
        };
        Assert.NotNull(responses[^2].Headers.Age);
        Assert.Equal("application/problem+json", responses[1].Content.Headers.ContentType?.MediaType);

        var limited = await reader.GetAsync("/api/v1/films", Ct);
        for (var tries = 1; tries < 20 && limited.StatusCode == HttpStatusCode.OK; tries++) limited = await reader.GetAsync("/api/v1/films", Ct);
        responses.Add(await Expect(HttpStatusCode.TooManyRequests, Task.FromResult(limited)));

        foreach (var response in responses) SecurityHeaderAssert.Carried(response);
    }

    private static async Task<HttpResponseMessage> Expect(HttpStatusCode status, Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.RequestUri?.PathAndQuery}: {response.StatusCode}");
        return response;
    }

    /// <summary>The demo app with two addresses that throw, a page's and an API's, and a small API budget.</summary>
    private sealed class ThrowingApp(Provider provider) : MarqueeApp(provider, demo: true, new Dictionary<string, string?> { ["RateLimits:ApiPerMinute"] = "5" })
    {
        public const string PagePath = "/test/throw";
        public const string ApiPath = "/api/test/throw";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, Thrower>());
        }

        // Runs after the app's own pipeline, where a request that matched no endpoint ends up.
        private sealed class Thrower : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate rest) =>
                    context.Request.Path.Value is PagePath or ApiPath ? throw new InvalidOperationException("Thrown by a test.") : rest(context));
            };
        }
    }
}

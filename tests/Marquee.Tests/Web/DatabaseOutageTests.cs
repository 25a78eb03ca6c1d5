using System.Net;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Marquee.Tests.Web;

/// <summary>
/// The site while its database is gone (PostgreSQL stopped or frozen, a SQLite file that cannot be opened): readers get
/// the pages the cache holds, and otherwise a quick 503 with Retry-After; /healthz says so at once; the log says it
/// once, not once per request; and everything works again when the database is back, without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Only guards against a hang: nothing here is expected to take more than a few seconds, but a loaded machine may.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private const string CachedPage = "/films/anora-2024";
    private const string UncachedPage = "/people/sean-baker";
    private const string ApiRead = "/api/v1/films/get-out-2017";

    [Fact]
    public async Task With_PostgreSQL_stopped_readers_get_cached_pages_or_503_and_all_recovers_when_it_starts()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        var log = new LogCapture();
        using var app = new OutageApp(Provider.Postgres, log, postgres.ConnectionString);
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(CachedPage, Ct)).StatusCode);
        var before = log.Entries.Count;

        await postgres.StopAsync();

        await AssertUnavailableAsync(reader);
        await AssertServedStaleAsync(reader, CachedPage);
        const int refused = 40;
        for (var i = 0; i < refused; i++) Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync($"{UncachedPage}?n={i}", Ct)).StatusCode);
        // The periodic "still unreachable" line comes once per 30 s however slowly this runs; what must not grow is a line per request.
        var outage = log.Entries.Skip(before).Where(e => !e.Message.StartsWith("Database still unreachable", StringComparison.Ordinal)).ToList();
        Assert.Single(outage, e => e.Message.StartsWith("Database unreachable", StringComparison.Ordinal));
        Assert.True(outage.Count < 5, $"{outage.Count} log entries for {refused} refused requests:\n{string.Join("\n", outage)}");

        await postgres.StartAgainAsync();

        await AssertRecoversAsync(reader);
        Assert.Contains(log.Entries, e => e.Message.StartsWith("Database reachable again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_PostgreSQL_frozen_requests_end_in_503_instead_of_hanging_and_all_recovers_when_it_thaws()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        using var app = new OutageApp(Provider.Postgres, new LogCapture(), postgres.ConnectionString);
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz", Ct)).StatusCode);

        await postgres.FreezeAsync();
        // This one meets a pooled connection to a backend that no longer answers: the command's timeout ends it.
        var inFlight = reader.GetAsync(UncachedPage, Ct);
        await AssertUnavailableAsync(reader);
        await AssertRefusedAsync(await inFlight, html: true);

        await postgres.ThawAsync();

        await AssertRecoversAsync(reader);
    }

    [Fact]
    public async Task With_the_SQLite_file_out_of_reach_readers_get_503_and_all_recovers_when_it_is_back()
    {
        var log = new LogCapture();
        using var app = new OutageApp(Provider.Sqlite, log);
        var reader = app.Reader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz", Ct)).StatusCode);

        var away = app.DataDirectory + "-away";
        Directory.Move(app.DataDirectory, away);
        try
        {
            // Connections the pool kept open would still reach the moved file; new ones cannot open it.
            SqliteConnection.ClearAllPools();
            await AssertUnavailableAsync(reader);
        }
        finally
        {
            Directory.Move(away, app.DataDirectory);
        }

        await AssertRecoversAsync(reader);
        Assert.Single(log.Entries, e => e.Message.StartsWith("Database unreachable", StringComparison.Ordinal));
    }

    /// <summary>/healthz, an uncached page and an API read all answer 503 with Retry-After, the page and the problem friendly.</summary>
    private static async Task AssertUnavailableAsync(HttpClient reader)
    {
        var health = await reader.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        SecurityHeaderAssert.Carried(health);
        await AssertRefusedAsync(await reader.GetAsync(UncachedPage, Ct), html: true);
        await AssertRefusedAsync(await reader.GetAsync(ApiRead, Ct), html: false);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, bool html)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage?.RequestUri?.PathAndQuery}: {response.StatusCode}\n{body}");
        Assert.NotNull(response.Headers.RetryAfter);
        SecurityHeaderAssert.Carried(response);
        Assert.Equal(html ? "text/html" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (html) Assert.Contains("Temporarily unavailable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    /// <summary>Asks for a page cached before the outage until the cache's copy is older than its fresh time: it is served all along.</summary>
    private static async Task AssertServedStaleAsync(HttpClient reader, string url)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        guard.CancelAfter(HangGuard);
        while (true)
        {
            var response = await reader.GetAsync(url, guard.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Anora", await response.Content.ReadAsStringAsync(guard.Token), StringComparison.Ordinal);
            if (response.Headers.Age > TimeSpan.FromSeconds(OutageApp.PageCacheSeconds)) return;
            await Task.Delay(TimeSpan.FromMilliseconds(200), guard.Token);
        }
    }

    /// <summary>Polls /healthz until it answers 200, then pages and the API work again.</summary>
    private static async Task AssertRecoversAsync(HttpClient reader)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        guard.CancelAfter(HangGuard);
        while ((await reader.GetAsync("/healthz", guard.Token)).StatusCode != HttpStatusCode.OK)
            await Task.Delay(TimeSpan.FromMilliseconds(200), guard.Token);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(UncachedPage, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(ApiRead, Ct)).StatusCode);
    }

    /// <summary>The demo app with a one-second page cache and its log captured, on SQLite or on a given PostgreSQL.</summary>
    private sealed class OutageApp(Provider provider, LogCapture log, string? postgres = null) : MarqueeApp(provider, demo: true, Settings(postgres))
    {
        public const int PageCacheSeconds = 1;

        private static Dictionary<string, string?> Settings(string? postgres)
        {
            var settings = new Dictionary<string, string?> { ["Site:PageCacheSeconds"] = $"{PageCacheSeconds}" };
            if (postgres is not null) settings["Database"] = postgres;
            return settings;
        }

        public HttpClient Reader()
        {
            var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.Timeout = HangGuard;
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
    }
}

using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Marquee.Tests.Data;

/// <summary>An operator's first start on a new database: migrations, demo content, and not one error in the log.</summary>
public sealed class StartupLogTests
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_first_start_on_a_new_database_logs_no_error(Provider provider)
    {
        var log = new LogCapture(LogLevel.Error);
        using var app = new LoggedApp(provider, log);
        var health = await app.Client().GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.True(log.Entries.IsEmpty, string.Join("\n", log.Entries));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reading_the_pages_draws_no_query_warning(Provider provider)
    {
        // EF Core warns of queries whose results may differ between runs (Skip/Take/First without OrderBy, 10102) and
        // of client evaluation; a page that draws one reads the database in a way nobody meant.
        var log = new LogCapture(LogLevel.Warning);
        using var app = new LoggedApp(provider, log);
        var client = app.Client();
        foreach (var path in new[] { "/", "/films", "/films/anora-2024", "/people/mark-eydelshteyn", "/people/mark-eidelstein", "/reviews",
                     "/reviews/anora-review", "/search?q=anora", "/showtimes", "/cinemas", "/api/v1/people?q=mark", "/api/v1/films/anora-2024" })
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True((int)response.StatusCode < 400, $"{path}: {response.StatusCode}");
        }
        var warnings = log.Entries.Where(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    private sealed class LoggedApp(Provider provider, LogCapture log) : MarqueeApp(provider, demo: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
    }
}

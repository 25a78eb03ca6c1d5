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

    private sealed class LoggedApp(Provider provider, LogCapture log) : MarqueeApp(provider, demo: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }
    }
}

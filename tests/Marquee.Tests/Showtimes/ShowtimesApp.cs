using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Marquee.Tests.Showtimes;

/// <summary>
/// The demo app with its clock stopped at noon UTC on Thursday 22 October 2026: the demo fortnight then spans London's
/// change to GMT (25 October) and New York's to EST (1 November), and Anora's demo re-release is dated 19 October.
/// </summary>
public class ShowtimesApp(Provider provider = Provider.Sqlite, bool demo = true) : MarqueeApp(provider, demo)
{
    public static readonly DateTimeOffset Now = new(2026, 10, 22, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>What the app's own code logs (Information and up), so a test can wait for a background job's run.</summary>
    public LogCapture Log { get; } = new(LogLevel.Information);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<LogCapture>("Marquee", LogLevel.Information));
    }
}

/// <summary>One demo app shared by the read-only tests of a class.</summary>
public sealed class ShowtimesDemoApp : ShowtimesApp;

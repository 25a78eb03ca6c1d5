using Marquee.Data.Showtimes;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>
/// Keeps the demo cinemas' fortnight of screenings rolling forward on a server that stays up for weeks: every six hours
/// it tops them up the way start-up does. Off with NoDemo; a no-op once the demo cinemas are deleted.
/// </summary>
internal sealed class DemoShowtimesRefresher(IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<DemoShowtimesRefresher> logger)
    : PeriodicJob(services, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(6);
    protected override string Name => "Topping up the demo showtimes";
    protected override bool Enabled => !configuration.GetValue("NoDemo", false) && configuration.GetValue("Migrate", true);

    protected override Task RunAsync(IServiceProvider scoped, CancellationToken ct) => DemoShowtimesLoader.LoadLoggedAsync(scoped, logger, ct);
}

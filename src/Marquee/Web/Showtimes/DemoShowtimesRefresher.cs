using Marquee.Data.Showtimes;

namespace Marquee.Web.Showtimes;

/// <summary>
/// Keeps the demo cinemas' fortnight of screenings rolling forward on a server that stays up for weeks: every six hours
/// it tops them up the way start-up does. Off with NoDemo; a no-op once the demo cinemas are deleted.
/// </summary>
internal sealed class DemoShowtimesRefresher(IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<DemoShowtimesRefresher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration.GetValue("NoDemo", false) || !configuration.GetValue("Migrate", true)) return;
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await DemoShowtimesLoader.LoadLoggedAsync(scope.ServiceProvider, logger, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed top-up leaves yesterday's schedule in place; the next tick tries again.
                logger.LogWarning(e, "Topping up the demo showtimes failed");
            }
        }
    }
}

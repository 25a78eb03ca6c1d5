using Marquee.Data;

namespace Marquee.Web;

/// <summary>
/// A background job run every <see cref="Interval"/> on the app's clock, counted from the host's start. A failed run
/// is logged and tried again at the next tick.
/// </summary>
internal abstract class PeriodicJob(IServiceProvider services, TimeProvider clock, ILogger logger) : BackgroundService
{
    private PeriodicTimer? timer;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the job does, for the log line of a failed run.</summary>
    protected abstract string Name { get; }

    protected virtual bool Enabled => true;

    protected abstract Task RunAsync(IServiceProvider scoped, CancellationToken ct);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Made here rather than in ExecuteAsync, which since .NET 10 starts on the thread pool whenever it gets a thread:
        // a clock moved in between would not count towards the first tick.
        if (Enabled) timer = new PeriodicTimer(Interval, clock);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (timer is null) return;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // While the database is known to be down a run could only fail, and the outage is logged already.
            if (services.GetRequiredService<DatabaseAvailability>().IsDown) continue;
            try
            {
                await using var scope = services.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Job} failed; trying again in {Interval}", Name, Interval);
            }
        }
    }

    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
    }
}

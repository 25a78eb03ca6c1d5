using Marquee.Data.Reviews;

namespace Marquee.Web.Reviews;

/// <summary>Publishes scheduled reviews when their time comes; checks every 30 seconds on the app's clock.</summary>
internal sealed class ScheduledReviewPublisher(IServiceProvider services, TimeProvider clock, ILogger<ScheduledReviewPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ReviewCommands>().PublishDueAsync(stoppingToken);
                if (published > 0) logger.LogInformation("Published {Count} scheduled review(s)", published);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed pass (database restarting, migrations pending) is retried on the next tick.
                logger.LogWarning(e, "Publishing scheduled reviews failed");
            }
        }
    }
}

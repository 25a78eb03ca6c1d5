using Marquee.Data.Reviews;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>Publishes scheduled reviews when their time comes; checks every 30 seconds on the app's clock.</summary>
internal sealed class ScheduledReviewPublisher(IServiceProvider services, TimeProvider clock, ILogger<ScheduledReviewPublisher> logger)
    : PeriodicJob(services, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);
    protected override string Name => "Publishing scheduled reviews";

    protected override async Task RunAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var published = await scoped.GetRequiredService<ReviewCommands>().PublishDueAsync(ct);
        if (published > 0) logger.LogInformation("Published {Count} scheduled review(s)", published);
    }
}

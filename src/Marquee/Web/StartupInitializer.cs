using Marquee.Data;
using Marquee.Data.Demo;

namespace Marquee.Web;

/// <summary>On start: applies migrations and, on an empty catalogue, loads the demo content (unless NoDemo).</summary>
internal sealed class StartupInitializer(IServiceProvider services, IConfiguration configuration, ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (!configuration.GetValue("Migrate", true)) return;
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>()
            .MigrateAsync(line => logger.LogInformation("{Progress}", line), cancellationToken);
        logger.LogInformation("Database {Database}: {Count} migration(s) applied", database.Describe(), applied.Count);
        if (configuration.GetValue("NoDemo", false)) return;
        var films = await scope.ServiceProvider.GetRequiredService<DemoCatalogLoader>().LoadIfEmptyAsync(cancellationToken);
        if (films > 0) logger.LogInformation("Loaded the demo catalogue: {Films} films", films);
        await Marquee.Data.Showtimes.DemoShowtimesLoader.LoadLoggedAsync(scope.ServiceProvider, logger, cancellationToken);
        if (films > 0) await scope.ServiceProvider.GetRequiredService<Data.Reviews.DemoReviewLoader>().LoadIfEmptyAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Data.Reviews;

public static class ReviewServices
{
    /// <summary>Registers the review queries, commands, image store and demo loader.</summary>
    public static IServiceCollection AddReviewData(this IServiceCollection services)
    {
        services.AddScoped<ReviewQueries>();
        services.AddScoped<ReviewCommands>();
        services.AddScoped<ReviewImages>();
        services.AddScoped<DemoReviewLoader>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Data.Showtimes;

public static class ShowtimeDataServices
{
    /// <summary>The showtime queries, commands, importer and demo loader.</summary>
    public static IServiceCollection AddShowtimesData(this IServiceCollection services)
    {
        services.AddScoped<ShowtimeQueries>();
        services.AddScoped<ShowtimeCommands>();
        services.AddScoped<ShowtimeImporter>();
        services.AddScoped<DemoShowtimesLoader>();
        services.AddScoped<Clubs.ClubCommands>();
        return services;
    }
}

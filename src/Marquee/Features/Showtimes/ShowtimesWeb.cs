namespace Marquee.Features.Showtimes;

/// <summary>Showtimes on the web: the reader's country, and the calendar files (the JSON API is mapped with the rest of /api/v1).</summary>
internal static class ShowtimesWeb
{
    public static IServiceCollection AddShowtimes(this IServiceCollection services)
    {
        services.AddSingleton<ReaderCountry>();
        services.AddScoped<ShowtimeCalendar>();
        services.AddHostedService<DemoShowtimesRefresher>();
        return services;
    }

    public static void MapShowtimes(this WebApplication app) => app.MapShowtimeCalendars();
}

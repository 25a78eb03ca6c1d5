using Marquee.Web.Api;

namespace Marquee.Web.Showtimes;

/// <summary>Showtimes on the web: the release line's services, the calendar files and the JSON API.</summary>
internal static class ShowtimesWeb
{
    public static IServiceCollection AddShowtimes(this IServiceCollection services)
    {
        services.AddSingleton<ReaderCountry>();
        services.AddScoped<ReleaseLineService>();
        services.AddScoped<ShowtimeCalendar>();
        services.AddHostedService<DemoShowtimesRefresher>();
        return services;
    }

    public static void MapShowtimes(this WebApplication app)
    {
        app.MapShowtimeCalendars();
        app.MapGroup("/api/v1").MapShowtimesApi();
    }
}

using Marquee.Data.Accounts;
using Marquee.Data.Reviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Marquee.Data;

public static class DataServices
{
    /// <summary>Registers the DbContext for the configured provider, Identity's stores and the data commands.</summary>
    public static IServiceCollection AddMarqueeData(this IServiceCollection services, DatabaseOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<EditableStampInterceptor>();
        services.AddSingleton<DataChanges>();
        services.AddSingleton<DataChangesInterceptor>();
        services.AddSingleton<DatabaseAvailability>();
        services.AddSingleton<DatabaseOutageInterceptor>();
        if (options.UsesPostgres)
        {
            services.AddDbContextPool<MarqueeDbContext, PostgresMarqueeDbContext>((sp, db) => db
                .UseNpgsql(options.PostgresConnectionString, npgsql => npgsql.MigrationsAssembly(typeof(MarqueeDbContext).Assembly.FullName))
                .AddInterceptors(sp.GetRequiredService<DatabaseOutageInterceptor>(), sp.GetRequiredService<EditableStampInterceptor>(),
                    new Search.SearchIndexInterceptor(), sp.GetRequiredService<DataChangesInterceptor>()));
        }
        else
        {
            Directory.CreateDirectory(Path.GetFullPath(options.DataDirectory));
            services.AddDbContextPool<MarqueeDbContext, SqliteMarqueeDbContext>((sp, db) => db
                .UseSqlite(options.SqliteConnectionString)
                .AddInterceptors(sp.GetRequiredService<DatabaseOutageInterceptor>(), sp.GetRequiredService<EditableStampInterceptor>(), new SqlitePragmaInterceptor(),
                    new Search.SearchIndexInterceptor(), sp.GetRequiredService<DataChangesInterceptor>()));
        }

        services.AddIdentityCore<MarqueeUser>(identity =>
            {
                identity.User.RequireUniqueEmail = false;
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MarqueeDbContext>();

        services.AddScoped<Films.FilmQueries>();
        services.AddScoped<Films.FilmPageQueries>();
        services.AddScoped<Films.FilmCommands>();
        services.AddScoped<People.PersonQueries>();
        services.AddScoped<People.PersonCommands>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<UserSessions>();
        services.AddScoped<UserCommands>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<Demo.DemoCatalogLoader>();
        Showtimes.ShowtimeDataServices.AddShowtimesData(services);
        services.AddReviewData();
        services.AddScoped<Search.SearchQueries>();
        return services;
    }
}

using Marquee.Data;

namespace Marquee.Web;

/// <summary>
/// While <see cref="DatabaseAvailability"/> knows the database is down, a request for an endpoint that needs it is
/// refused before it starts (the page cache, earlier in the pipeline, still serves what it holds): it gets a 503 with
/// Retry-After at once from <see cref="Errors"/>, ties up no thread waiting for a timeout, and is counted in the
/// availability's periodic log line rather than logged on its own.
/// </summary>
internal static class DatabaseOutage
{
    /// <summary>Seconds a refused client is told to wait: a little more than it takes to notice the database is back.</summary>
    public const int RetryAfterSeconds = 5;

    public static void UseDatabaseOutage(this WebApplication app)
    {
        var availability = app.Services.GetRequiredService<DatabaseAvailability>();
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<NeedsNoDatabaseAttribute>() is null) availability.ThrowIfDown();
            return next(context);
        });
    }
}

/// <summary>Marks an endpoint that answers without the database, so it is served during an outage.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class NeedsNoDatabaseAttribute : Attribute;

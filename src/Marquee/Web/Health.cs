using Marquee.Data;

namespace Marquee.Web;

internal static class Health
{
    /// <summary>
    /// /healthz: 200 when the database answers a query within <see cref="DatabaseAvailability.CheckTimeout"/>, 503 when
    /// it does not; while it is known to be down, 503 at once (the availability checks it again every second).
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (DatabaseAvailability database, CancellationToken ct) =>
                !database.IsDown && await database.CheckAsync(ct)
                    ? Results.Text("ok", "text/plain")
                    : Results.Text("database unavailable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithMetadata(new NeedsNoDatabaseAttribute())
            .ExcludeFromDescription();
}

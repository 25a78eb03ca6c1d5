using Marquee.Data;

namespace Marquee.Web;

internal static class Health
{
    /// <summary>/healthz: 200 when the database answers, 503 when it does not.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (DatabaseMigrator database, CancellationToken ct) =>
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                return await database.CanConnectAsync(timeout.Token)
                    ? Results.Text("ok", "text/plain")
                    : Results.Text("database unavailable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .ExcludeFromDescription();
}

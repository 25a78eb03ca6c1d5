using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Web;

/// <summary>Per-client request budgets for the API ("RateLimits" section); over budget is a 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per minute for one client (an account, else an address); 0 turns limiting off.</summary>
    public int ApiPerMinute { get; set; } = 600;
}

internal static class RateLimits
{
    public const string Api = "api";

    public static IServiceCollection AddMarqueeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(detail: "Too many requests; wait before trying again.", statusCode: StatusCodes.Status429TooManyRequests)
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Api, http =>
            {
                if (options.ApiPerMinute <= 0) return RateLimitPartition.GetNoLimiter("off");
                var client = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.ApiPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}

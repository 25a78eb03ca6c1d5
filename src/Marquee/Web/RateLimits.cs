using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Marquee.Web;

/// <summary>Per-client request budgets for the API and the sign-in form ("RateLimits" section); over budget is a 429 with Retry-After.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per minute for one client (an account, else an address); 0 turns limiting off.</summary>
    public int ApiPerMinute { get; set; } = 600;

    /// <summary>Sign-in attempts per minute from one address, and for one user name from anywhere; 0 turns limiting off.</summary>
    public int SignInPerMinute { get; set; } = 10;
}

internal static class RateLimits
{
    public const string Api = "api";

    public static IServiceCollection AddMarqueeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(new SignInLimiter(options.SignInPerMinute));
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

/// <summary>
/// Budgets for sign-in attempts, per client address and per user name attempted (a real one or not), each a fixed
/// window of a minute. Kept in memory: with several app nodes each counts its own.
/// </summary>
public sealed class SignInLimiter(int perMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string>? byAddress = perMinute > 0 ? PerMinute(perMinute) : null;
    private readonly PartitionedRateLimiter<string>? byName = perMinute > 0 ? PerMinute(perMinute) : null;

    /// <summary>Takes one attempt from both budgets; null when it may go ahead, else how long to wait.</summary>
    public TimeSpan? TryAttempt(string address, string userName)
    {
        if (byAddress is null || byName is null) return null;
        using var fromAddress = byAddress.AttemptAcquire(address);
        if (!fromAddress.IsAcquired) return RetryAfter(fromAddress);
        using var forName = byName.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return forName.IsAcquired ? null : RetryAfter(forName);
    }

    public void Dispose()
    {
        byAddress?.Dispose();
        byName?.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}

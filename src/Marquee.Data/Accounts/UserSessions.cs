using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Accounts;

/// <summary>
/// Server-side web sessions. A sign-in cookie is good only while its session row is not ended, the account is not
/// disabled, and the account's security stamp is the one the cookie was issued with (a password or role change, or a
/// disable, renews the stamp). Checked on every request: one lookup by primary key.
/// </summary>
public sealed class UserSessions(MarqueeDbContext db, TimeProvider clock)
{
    /// <summary>The claim in the sign-in cookie that names its session.</summary>
    public const string ClaimType = "mq_session";

    /// <summary>LastSeenAt is written at most this often per session, so that a busy reader does not write on every page.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(5);

    /// <summary>How long ended and idle sessions stay listed (the cookie itself lasts 14 days unused).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public async Task<string> StartAsync(string userId, string? device, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            UserId = userId,
            Device = device is { Length: > UserSessionConfiguration.DeviceLength } ? device[..UserSessionConfiguration.DeviceLength] : device,
            CreatedAt = now,
            LastSeenAt = now,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        // The account's sessions that ended, or whose cookie has long expired, are kept only a while.
        var old = now - KeptFor;
        await db.UserSessions.Where(s => s.UserId == userId && (s.EndedAt < old || s.LastSeenAt < old)).ExecuteDeleteAsync(ct);
        return session.Id;
    }

    /// <summary>Whether the session is live for this user and security stamp; notes when it was last seen.</summary>
    public async Task<bool> IsLiveAsync(string sessionId, string userId, string? securityStamp, CancellationToken ct = default)
    {
        var row = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => new { s.EndedAt, s.LastSeenAt, s.User!.SecurityStamp, s.User.DisabledAt })
            .SingleOrDefaultAsync(ct);
        if (row is null || row.EndedAt is not null || row.DisabledAt is not null || row.SecurityStamp != securityStamp) return false;
        var now = clock.GetUtcNow();
        if (now - row.LastSeenAt >= LastSeenResolution)
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        return true;
    }

    /// <summary>Ends one session: its cookie, wherever it was copied, opens nothing any more.</summary>
    public async Task EndAsync(string sessionId, CancellationToken ct = default) =>
        await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()), ct);

    /// <summary>Ends every session of the account ("sign out everywhere").</summary>
    public async Task<int> EndAllAsync(string userId, CancellationToken ct = default) =>
        await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()), ct);
}

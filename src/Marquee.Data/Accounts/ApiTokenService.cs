using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Accounts;

/// <summary>Issues API tokens and finds the account behind one. Tokens are 256 random bits, so one SHA-256 hash suffices to store them.</summary>
public sealed class ApiTokenService(MarqueeDbContext db, UserManager<MarqueeUser> users, TimeProvider clock)
{
    public const string TokenPrefix = "mq_";

    /// <summary>Creates a token for the user and returns it in clear text: the only time it is ever seen.</summary>
    public async Task<string> IssueAsync(MarqueeUser user, string name, CancellationToken ct = default)
    {
        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken
        {
            UserId = user.Id,
            Name = name,
            Prefix = token[..10],
            Hash = Hash(token),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>
    /// The identity of a live token's owner with their roles; null for an unknown or revoked token, or a disabled account.
    /// A password lockout does not count: it guards the password, and a token is a credential of its own.
    /// </summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token, string scheme, CancellationToken ct = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100) return null;
        var hash = Hash(token);
        var row = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null && t.User!.DisabledAt == null)
            .Select(t => new { t.Id, t.UserId, t.User!.UserName, t.User.DisplayName })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var user = await users.FindByIdAsync(row.UserId);
        if (user is null) return null;
        var roles = await users.GetRolesAsync(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, row.UserId),
            new(ClaimTypes.Name, row.UserName ?? row.UserId),
            new("token_id", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public async Task<int> RevokeAllAsync(string userId, CancellationToken ct = default) =>
        await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), ct);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

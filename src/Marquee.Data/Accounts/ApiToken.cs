namespace Marquee.Data.Accounts;

/// <summary>A bearer token for the API. Only its SHA-256 hash is stored; the token is shown once.</summary>
public class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public MarqueeUser? User { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the token, to tell tokens apart in lists without revealing them.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

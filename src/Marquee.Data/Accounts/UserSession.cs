using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.Accounts;

/// <summary>One web sign-in (a device's cookie): the cookie carries its id, and it works only while the row says so.</summary>
public class UserSession
{
    /// <summary>128 random bits, base64url.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public MarqueeUser? User { get; set; }

    /// <summary>The browser's User-Agent at sign-in, shortened: what a list of one's sessions shows.</summary>
    public string? Device { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public const int DeviceLength = 200;

    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.Device).HasMaxLength(DeviceLength);
        session.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.UserId);
    }
}

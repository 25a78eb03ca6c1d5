using Microsoft.AspNetCore.Identity;

namespace Marquee.Data.Accounts;

/// <summary>An account: critic, editor, admin or reader. ASP.NET Core Identity's user, so the web login extends it.</summary>
public class MarqueeUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an admin: no sign-in, no session, no token works until the account is enabled again.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
    public List<ApiToken> ApiTokens { get; set; } = [];
}

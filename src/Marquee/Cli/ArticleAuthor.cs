using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Cli;

/// <summary>The account a CLI-imported draft is by: named with --critic, and it must be allowed to write reviews.</summary>
internal static class ArticleAuthor
{
    public static async Task<(string? UserId, string? Error)> FindAsync(IServiceProvider services, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
            return (null, "name the draft's author with --critic NAME (an account with the critic, editor or admin role; see `marquee users list`); nothing was imported.");
        var users = services.GetRequiredService<UserManager<MarqueeUser>>();
        var user = await users.FindByNameAsync(name.Trim());
        if (user is null) return (null, $"no account '{name}' (see `marquee users list`); nothing was imported.");
        var roles = await users.GetRolesAsync(user);
        ct.ThrowIfCancellationRequested();
        return roles.Any(r => r is Roles.Critic or Roles.Editor or Roles.Admin)
            ? (user.Id, null)
            : (null, $"'{name}' is a {string.Join("/", roles)} account; the draft's author must be a critic, editor or admin; nothing was imported.");
    }
}

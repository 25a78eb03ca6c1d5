using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Accounts;

public sealed record NewUser(MarqueeUser User, string Token);

public sealed record UserListing(string Name, IList<string> Roles, int Tokens, bool Disabled);

/// <summary>
/// Creates accounts and changes them; the `users` command and, later, the account pages call it. A password change, a
/// role change and a disable end every web session of the account (the security stamp is renewed and the sessions
/// ended); a disabled account's API tokens are refused until it is enabled again.
/// </summary>
public sealed class UserCommands(
    MarqueeDbContext db, UserManager<MarqueeUser> users, RoleManager<IdentityRole> roles, ApiTokenService tokens, UserSessions sessions, TimeProvider clock)
{
    public Task<CommandResult<NewUser>> AddAsync(string userName, string role, string? displayName, CancellationToken ct = default) =>
        AddAsync(userName, role, displayName, password: null, ct);

    /// <summary>Creates an account with a role and a first API token; with a password, it can also sign in to the web pages.</summary>
    public async Task<CommandResult<NewUser>> AddAsync(string userName, string role, string? displayName, string? password, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) return CommandResult<NewUser>.Invalid("role", $"The role must be one of: {string.Join(", ", Roles.All)}.");
        if (await users.FindByNameAsync(userName) is not null) return CommandResult<NewUser>.Conflict("name", $"A user named '{userName}' exists.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EnsureRolesAsync();
        var user = new MarqueeUser { UserName = userName, DisplayName = displayName ?? userName, CreatedAt = clock.GetUtcNow() };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return CommandResult<NewUser>.Invalid(created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "name", string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        var token = await tokens.IssueAsync(user, "cli", ct);
        await transaction.CommitAsync(ct);
        return CommandResult<NewUser>.Created(new NewUser(user, token));
    }

    public async Task<IReadOnlyList<UserListing>> ListAsync(CancellationToken ct = default)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserListing>();
        foreach (var user in all)
        {
            var count = await db.ApiTokens.CountAsync(t => t.UserId == user.Id && t.RevokedAt == null, ct);
            result.Add(new UserListing(user.UserName ?? user.Id, await users.GetRolesAsync(user), count, user.DisabledAt is not null));
        }
        return result;
    }

    /// <summary>Sets (or replaces) the password used to sign in to the web pages.</summary>
    public async Task<CommandResult<bool>> SetPasswordAsync(string userName, string password, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return CommandResult<bool>.NotFound($"No user named '{userName}'.");
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            if (!check.Succeeded) return CommandResult<bool>.Invalid("password", string.Join(" ", check.Errors.Select(e => e.Description)));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.HasPasswordAsync(user)) await users.RemovePasswordAsync(user);
        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded) return CommandResult<bool>.Invalid("password", string.Join(" ", added.Errors.Select(e => e.Description)));
        await EndEverySessionAsync(user, ct);
        await transaction.CommitAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>Gives the account this one role instead of the ones it had.</summary>
    public async Task<CommandResult<bool>> SetRoleAsync(string userName, string role, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) return CommandResult<bool>.Invalid("role", $"The role must be one of: {string.Join(", ", Roles.All)}.");
        var user = await users.FindByNameAsync(userName);
        if (user is null) return CommandResult<bool>.NotFound($"No user named '{userName}'.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EnsureRolesAsync();
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await EndEverySessionAsync(user, ct);
        await transaction.CommitAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>Shuts the account out at once: its sessions end, its tokens and its password are refused until enabled.</summary>
    public async Task<CommandResult<bool>> DisableAsync(string userName, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return CommandResult<bool>.NotFound($"No user named '{userName}'.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.DisabledAt ??= clock.GetUtcNow();
        await EndEverySessionAsync(user, ct); // renewing the stamp saves DisabledAt too
        await transaction.CommitAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>Lets a disabled account sign in again; its tokens work again. Ended sessions stay ended.</summary>
    public async Task<CommandResult<bool>> EnableAsync(string userName, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return CommandResult<bool>.NotFound($"No user named '{userName}'.");
        user.DisabledAt = null;
        await users.UpdateAsync(user);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<string>> IssueTokenAsync(string userName, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return CommandResult<string>.NotFound($"No user named '{userName}'.");
        return CommandResult<string>.Created(await tokens.IssueAsync(user, "cli", ct));
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));
        }
    }

    /// <summary>A new security stamp invalidates every cookie issued before it; ending the rows keeps the session list honest.</summary>
    private async Task EndEverySessionAsync(MarqueeUser user, CancellationToken ct)
    {
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, ct);
    }
}

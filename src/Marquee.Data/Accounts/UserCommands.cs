using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Accounts;

public sealed record NewUser(MarqueeUser User, string Token);

/// <summary>Creates accounts and ensures the roles exist; the `users` command and, later, the sign-up pages call it.</summary>
public sealed class UserCommands(MarqueeDbContext db, UserManager<MarqueeUser> users, RoleManager<IdentityRole> roles, ApiTokenService tokens, TimeProvider clock)
{
    public Task<CommandResult<NewUser>> AddAsync(string userName, string role, string? displayName, CancellationToken ct = default) =>
        AddAsync(userName, role, displayName, password: null, ct);

    /// <summary>Creates an account with a role and a first API token; with a password, it can also sign in to the web pages.</summary>
    public async Task<CommandResult<NewUser>> AddAsync(string userName, string role, string? displayName, string? password, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) return CommandResult<NewUser>.Invalid("role", $"The role must be one of: {string.Join(", ", Roles.All)}.");
        if (await users.FindByNameAsync(userName) is not null) return CommandResult<NewUser>.Conflict("name", $"A user named '{userName}' exists.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));
        }
        var user = new MarqueeUser { UserName = userName, DisplayName = displayName ?? userName, CreatedAt = clock.GetUtcNow() };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return CommandResult<NewUser>.Invalid(created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "name", string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        var token = await tokens.IssueAsync(user, "cli", ct);
        await transaction.CommitAsync(ct);
        return CommandResult<NewUser>.Created(new NewUser(user, token));
    }

    public async Task<IReadOnlyList<(string Name, IList<string> Roles, int Tokens)>> ListAsync(CancellationToken ct = default)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<(string, IList<string>, int)>();
        foreach (var user in all)
        {
            var count = await db.ApiTokens.CountAsync(t => t.UserId == user.Id && t.RevokedAt == null, ct);
            result.Add((user.UserName ?? user.Id, await users.GetRolesAsync(user), count));
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
        await transaction.CommitAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<string>> IssueTokenAsync(string userName, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return CommandResult<string>.NotFound($"No user named '{userName}'.");
        return CommandResult<string>.Created(await tokens.IssueAsync(user, "cli", ct));
    }
}

using System.CommandLine;
using Marquee.Data;
using Marquee.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Cli;

internal static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "The user name (letters, digits, - . _ @ +)." };
        var role = new Option<string>("--role")
        {
            Description = $"One of: {string.Join(", ", Roles.All)}.",
            DefaultValueFactory = _ => Roles.Reader,
        };
        var password = new Option<string?>("--password") { Description = "A password for the web sign-in (at least 10 characters; env MARQUEE_PASSWORD)." };
        var add = new Command("add", "Create a user and print an API token for it, once.") { name, role, password, MarqueeOptions.Data, MarqueeOptions.Database };
        add.SetAction(async (parse, ct) =>
        {
            await using var services = await MigratedAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<UserCommands>()
                .AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, null, parse.GetValue(password) ?? Environment.GetEnvironmentVariable("MARQUEE_PASSWORD"), ct);
            if (!result.Succeeded) return Fail(result.Errors, result.Detail);
            Console.WriteLine($"Created {result.Value!.User.UserName} ({parse.GetValue(role)}).");
            Console.WriteLine("API token (shown only now; store it safely):");
            Console.WriteLine(result.Value.Token);
            return 0;
        });

        var tokenName = new Argument<string>("NAME") { Description = "The user name." };
        var token = new Command("token", "Issue another API token for an existing user.") { tokenName, MarqueeOptions.Data, MarqueeOptions.Database };
        token.SetAction(async (parse, ct) =>
        {
            await using var services = await MigratedAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<UserCommands>().IssueTokenAsync(parse.GetValue(tokenName)!, ct);
            if (!result.Succeeded) return Fail(result.Errors, result.Detail);
            Console.WriteLine(result.Value);
            return 0;
        });

        var list = new Command("list", "List users with their roles.") { MarqueeOptions.Data, MarqueeOptions.Database };
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await MigratedAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            foreach (var user in await scope.ServiceProvider.GetRequiredService<UserCommands>().ListAsync(ct))
                Console.WriteLine($"{user.Name}\t{string.Join(",", user.Roles)}\t{user.Tokens} token(s){(user.Disabled ? "\tdisabled" : "")}");
            return 0;
        });

        var passwordName = new Argument<string>("NAME") { Description = "The user name." };
        var newPassword = new Option<string?>("--password") { Description = "The new password (or env MARQUEE_PASSWORD, or one line on standard input)." };
        var setPassword = new Command("password", "Set the password a user signs in to the web pages with.") { passwordName, newPassword, MarqueeOptions.Data, MarqueeOptions.Database };
        setPassword.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(newPassword) ?? Environment.GetEnvironmentVariable("MARQUEE_PASSWORD") ?? Console.In.ReadLine();
            if (string.IsNullOrEmpty(secret)) return Fail(null, "give a password with --password, MARQUEE_PASSWORD or on standard input");
            await using var services = await MigratedAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<UserCommands>().SetPasswordAsync(parse.GetValue(passwordName)!, secret, ct);
            if (!result.Succeeded) return Fail(result.Errors, result.Detail);
            Console.WriteLine($"Password set for {parse.GetValue(passwordName)}.");
            return 0;
        });

        var roleName = new Argument<string>("NAME") { Description = "The user name." };
        var newRole = new Argument<string>("ROLE") { Description = $"One of: {string.Join(", ", Roles.All)}." };
        var setRole = new Command("role", "Give a user another role; ends the user's web sessions.") { roleName, newRole, MarqueeOptions.Data, MarqueeOptions.Database };
        setRole.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(roleName)!, (users, name) => users.SetRoleAsync(name, parse.GetValue(newRole)!, ct),
            $"{parse.GetValue(roleName)} is now {parse.GetValue(newRole)}; their web sessions are ended.", ct));

        var disableName = new Argument<string>("NAME") { Description = "The user name." };
        var disable = new Command("disable", "Shut a user out at once: web sessions end, sign-in and API tokens are refused until enabled.")
            { disableName, MarqueeOptions.Data, MarqueeOptions.Database };
        disable.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(disableName)!, (users, name) => users.DisableAsync(name, ct),
            $"Disabled {parse.GetValue(disableName)}: web sessions ended, sign-in and API tokens refused.", ct));

        var enableName = new Argument<string>("NAME") { Description = "The user name." };
        var enable = new Command("enable", "Let a disabled user sign in again; their API tokens work again.") { enableName, MarqueeOptions.Data, MarqueeOptions.Database };
        enable.SetAction((parse, ct) => RunAsync(parse, parse.GetValue(enableName)!, (users, name) => users.EnableAsync(name, ct),
            $"Enabled {parse.GetValue(enableName)}.", ct));

        return new Command("users", "Manage user accounts, passwords and API tokens.") { add, token, list, setPassword, setRole, disable, enable };
    }

    private static async Task<int> RunAsync(ParseResult parse, string userName, Func<UserCommands, string, Task<CommandResult<bool>>> change, string done, CancellationToken ct)
    {
        await using var services = await MigratedAsync(parse, ct);
        await using var scope = services.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<UserCommands>(), userName);
        if (!result.Succeeded) return Fail(result.Errors, result.Detail);
        Console.WriteLine(done);
        return 0;
    }

    private static async Task<ServiceProvider> MigratedAsync(ParseResult parse, CancellationToken ct)
    {
        var services = CliServices.Build(parse);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct: ct);
        return services;
    }

    private static int Fail(IReadOnlyDictionary<string, string[]>? errors, string? detail)
    {
        var message = errors is null ? detail : string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }
}

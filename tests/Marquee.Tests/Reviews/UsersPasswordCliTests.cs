using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Reviews;

/// <summary>`marquee users add --password` and `marquee users password`, run as the real executable.</summary>
public sealed class UsersPasswordCliTests
{
    private static Task<(int Code, string Out, string Err)> RunAsync(string? stdin, params string[] args) => MarqueeCli.RunWithInputAsync(stdin, args);

    [Fact]
    public async Task Add_with_a_password_then_change_it_and_refuse_a_weak_one()
    {
        var data = TestEnvironment.NewDataDirectory();
        var (code, output, _) = await RunAsync(null, "users", "add", "ada", "--role", "critic", "--password", "First-password-1", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("Created ada (critic)", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("Second-password-2", "users", "password", "ada", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("Password set for ada", output, StringComparison.Ordinal);

        (code, _, var error) = await RunAsync(null, "users", "password", "ada", "--password", "short", "--data", data);
        Assert.NotEqual(0, code);
        Assert.Contains("password:", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync(null, "users", "password", "nobody", "--password", "Third-password-3", "--data", data);
        Assert.NotEqual(0, code);
        Assert.Contains("No user named 'nobody'", error, StringComparison.Ordinal);

        // A weak password on add creates no account.
        (code, _, _) = await RunAsync(null, "users", "add", "bob", "--role", "critic", "--password", "weak", "--data", data);
        Assert.NotEqual(0, code);
        (_, output, _) = await RunAsync(null, "users", "list", "--data", data);
        Assert.DoesNotContain("bob", output, StringComparison.Ordinal);
    }
}

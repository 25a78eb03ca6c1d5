using System.Diagnostics;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Cli;

/// <summary>The real executable, run as a process.</summary>
public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marquee.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("MARQUEE_DATABASE");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("serve", output, StringComparison.Ordinal);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("users", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_then_users_add_prints_a_token_once()
    {
        var data = TestEnvironment.NewDataDirectory();
        var (code, output, _) = await RunAsync("migrate", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("applied", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "marquee.db")));

        var (addCode, addOut, _) = await RunAsync("users", "add", "critic-one", "--role", "editor", "--data", data);
        Assert.Equal(0, addCode);
        var token = addOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        Assert.StartsWith("mq_", token, StringComparison.Ordinal);
        Assert.True(token.Length > 40);

        var (dupCode, _, dupErr) = await RunAsync("users", "add", "critic-one", "--role", "editor", "--data", data);
        Assert.NotEqual(0, dupCode);
        Assert.Contains("exists", dupErr, StringComparison.Ordinal);

        var (roleCode, _, roleErr) = await RunAsync("users", "add", "someone", "--role", "emperor", "--data", data);
        Assert.NotEqual(0, roleCode);
        Assert.Contains("role", roleErr, StringComparison.Ordinal);

        var (listCode, listOut, _) = await RunAsync("users", "list", "--data", data);
        Assert.Equal(0, listCode);
        Assert.Contains("critic-one\teditor", listOut, StringComparison.Ordinal);
        Assert.DoesNotContain("someone", listOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_fails_with_a_message()
    {
        var (code, _, error) = await RunAsync("frobnicate");
        Assert.NotEqual(0, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }
}

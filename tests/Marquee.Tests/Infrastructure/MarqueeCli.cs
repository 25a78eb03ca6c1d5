using System.Diagnostics;

namespace Marquee.Tests.Infrastructure;

/// <summary>Runs the real `marquee` executable as a process, with no database or password taken from the test's environment.</summary>
public static class MarqueeCli
{
    public static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Starts it without waiting, output redirected, for a test that reads along or kills it.</summary>
    public static Process Start(params string[] args)
    {
        var start = Info(args);
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    private static ProcessStartInfo Info(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marquee.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("MARQUEE_DATABASE");
        start.Environment.Remove("MARQUEE_PASSWORD");
        return start;
    }

    /// <summary>Runs it with <paramref name="stdin"/> as standard input (closed at once when null).</summary>
    public static async Task<(int Code, string Out, string Err)> RunWithInputAsync(string? stdin, params string[] args)
    {
        var ct = TestContext.Current.CancellationToken;
        using var process = Process.Start(Info(args))!;
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // A test that timed out leaves no process of its own behind.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }
}

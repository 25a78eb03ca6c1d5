using System.Diagnostics;

namespace Marquee.Tests.Infrastructure;

/// <summary>`marquee serve` as a user starts it: a process of the built app on a SQLite folder of its own, on a free port.</summary>
public sealed class ServedApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task output;
    private readonly Task<string> errors;

    private ServedApp(Process process, Task output, Task<string> errors, string dataDirectory)
    {
        this.process = process;
        this.output = output;
        this.errors = errors;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<ServedApp> StartAsync(CancellationToken ct)
    {
        var data = TestEnvironment.NewDataDirectory();
        // Port 0: the app binds a free port itself and logs it, so no other process can take it first.
        var process = MarqueeCli.Start("serve", "--data", data, "--urls", "http://127.0.0.1:0");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Drained as it goes, so the app's log never fills the pipe and blocks it.
        var app = new ServedApp(process, DrainAsync(process.StandardOutput, listening), process.StandardError.ReadToEndAsync(CancellationToken.None), data);
        try
        {
            // Generous bounds that only guard against a hang: a first start migrates and loads the demo.
            app.BaseAddress = new Uri(await listening.Task.WaitAsync(TimeSpan.FromMinutes(3), ct));
            await app.WaitUntilUpAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public HttpClient NewClient() => new() { BaseAddress = BaseAddress };

    private async Task WaitUntilUpAsync(CancellationToken ct)
    {
        using var http = NewClient();
        for (var i = 0; i < 600 && !process.HasExited; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz", ct)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }
            await Task.Delay(200, ct);
        }
        Assert.Fail(process.HasExited ? $"marquee serve exited with {process.ExitCode}: {await errors}" : "marquee serve did not answer /healthz");
    }

    // Reads the log to its end, handing on the address from Kestrel's "Now listening on:" line.
    private static async Task DrainAsync(StreamReader output, TaskCompletionSource<string> listening)
    {
        const string marker = "Now listening on: ";
        while (await output.ReadLineAsync(CancellationToken.None) is { } line)
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) listening.TrySetResult(line[(at + marker.Length)..].Trim());
        }
        listening.TrySetException(new InvalidOperationException("marquee serve ended without listening."));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None);
        await Task.WhenAll(output, errors);
        process.Dispose();
    }
}

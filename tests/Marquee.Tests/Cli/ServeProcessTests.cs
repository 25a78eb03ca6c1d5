using System.Net;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Cli;

/// <summary>`marquee serve` as the quick start runs it: a process of the built app, not the test host.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task The_built_app_serves_its_pages_styles_and_scripts()
    {
        var ct = TestContext.Current.CancellationToken;
        // Port 0: the app binds a free port itself and logs it, so no other process can take it first.
        using var process = MarqueeCli.Start("serve", "--data", TestEnvironment.NewDataDirectory(), "--urls", "http://127.0.0.1:0");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Drained as it goes, so the app's log never fills the pipe and blocks it.
        var output = DrainAsync(process.StandardOutput, listening);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            var url = await listening.Task.WaitAsync(TimeSpan.FromMinutes(3), ct);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await WaitUntilUpAsync(http, process, errors, ct);
            var home = await http.GetAsync("/", ct);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("/css/site.css", await home.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
            foreach (var (path, type) in new[] { ("/css/site.css", "text/css"), ("/js/suggest.js", "text/javascript"), ("/favicon.svg", "image/svg+xml") })
            {
                var asset = await http.GetAsync(path, ct);
                Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{path}: {asset.StatusCode}");
                Assert.Equal(type, asset.Content.Headers.ContentType?.MediaType);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            await Task.WhenAll(output, errors);
        }
    }

    private static async Task WaitUntilUpAsync(HttpClient http, System.Diagnostics.Process process, Task<string> errors, CancellationToken ct)
    {
        // A first start migrates and loads the demo: wait up to two minutes, so a loaded machine is not a failure.
        for (var i = 0; i < 600 && !process.HasExited; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz", ct)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
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
}

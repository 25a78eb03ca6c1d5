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
        await using var app = await ServedApp.StartAsync(ct);
        using var http = app.NewClient();
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

    [Fact]
    public async Task A_taken_address_is_named_in_one_line_and_the_command_fails()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await ServedApp.StartAsync(ct);
        var (code, _, err) = await MarqueeCli.RunAsync("serve", "--data", TestEnvironment.NewDataDirectory(), "--urls", app.BaseAddress.ToString().TrimEnd('/'));
        Assert.Equal(1, code);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Contains(app.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}

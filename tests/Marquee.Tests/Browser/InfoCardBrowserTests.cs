using System.Text.RegularExpressions;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marquee.Tests.Browser;

/// <summary>The app on a real port, driven by Debian's Chromium through Playwright.</summary>
public sealed class BrowserApp() : MarqueeApp(Provider.Sqlite, demo: true, new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" }), IAsyncLifetime
{
    public string BaseUrl { get; private set; } = "";
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath)) Assert.Skip($"Chromium is not installed at {TestEnvironment.ChromiumPath}; ./test.sh installs it.");
        UseKestrel();
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        // Retrying assertions wait as long as actions do (Playwright's 5 s default is short on a loaded 2-core runner).
        Assertions.SetDefaultExpectTimeout(90_000);
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
        });
    }

    /// <summary>
    /// A browser context whose actions and navigations wait up to 90 s: the suite shares two cores with everything else
    /// CI runs, and a wait is only a guard against a hang, never what a test measures. After a click that navigates,
    /// tests wait with web-first assertions (<c>Expect(page).ToHaveURLAsync</c>, then what the new page shows), which
    /// Playwright checks again and again; not with <c>WaitForURLAsync</c> or <c>WaitForLoadStateAsync</c>, which look at
    /// the page first and only then listen for the event, so a navigation or load landing in between is missed and the
    /// wait hangs.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>A page in a context of its own (see <see cref="NewContextAsync"/>), at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width, int height) =>
        await (await NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } })).NewPageAsync();

    public new async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>Screenshots for the artifacts folder.</summary>
public static class PageShots
{
    /// <summary>
    /// A full-page screenshot, then two animation frames: Chromium resizes the window for it and back, and a click
    /// sent before the layout settles can land beside its target (and a link then never navigates).
    /// </summary>
    public static async Task FullPageShotAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestEnvironment.ArtifactsDirectory, name), FullPage = true });
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}

public sealed class InfoCardBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Expand_shows_the_whole_cast_and_a_cast_link_opens_the_person()
    {
        var page = await app.NewPageAsync(1200, 900);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync($"{app.BaseUrl}/films/anora-2024");

        var hidden = page.Locator(".info-card details.expand li", new PageLocatorOptions { HasText = "Zoë Vnak" });
        Assert.False(await hidden.IsVisibleAsync());
        await page.GetByText("Expand", new PageGetByTextOptions { Exact = false }).First.ClickAsync();
        await Assertions.Expect(hidden).ToBeVisibleAsync();
        await page.FullPageShotAsync("film-anora-expanded.png");

        await page.Locator(".info-card a", new PageLocatorOptions { HasText = "Mark Eydelshteyn" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/people/mark-eydelshteyn$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mark Eydelshteyn");
        await Assertions.Expect(page.GetByText("Mark Eidelstein")).ToBeVisibleAsync();
        await page.FullPageShotAsync("person-mark-eydelshteyn.png");
        Assert.Empty(errors);
    }
}

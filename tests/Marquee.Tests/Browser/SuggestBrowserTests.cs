using Marquee.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.Tests.Browser;

/// <summary>The header's type-ahead in Chromium: results as you type, arrow keys and Enter, and the plain form.</summary>
public sealed class SuggestBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Typing_shows_suggestions_and_the_keyboard_opens_one()
    {
        var page = await app.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync($"{app.BaseUrl}/films");

        var box = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Search films and people" });
        await box.PressSequentiallyAsync("eidel");
        var option = page.GetByRole(AriaRole.Option).First;
        await option.WaitForAsync();
        Assert.Contains("Mark Eydelshteyn", await option.TextContentAsync());
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestEnvironment.ArtifactsDirectory, "suggest-eidel.png") });

        await box.PressAsync("ArrowDown");
        Assert.Equal("true", await option.GetAttributeAsync("aria-selected"));
        Assert.Equal(await option.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/people/mark-eydelshteyn");

        // Escape closes the list; Enter without a chosen suggestion submits the plain form to /search.
        await page.GotoAsync($"{app.BaseUrl}/");
        await box.FillAsync("");
        await box.PressSequentiallyAsync("anor");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=anor", StringComparison.Ordinal));
        Assert.Equal("Anora", (await page.Locator(".search-results li a").First.TextContentAsync())?.Trim());
        Assert.Empty(errors);
    }
}

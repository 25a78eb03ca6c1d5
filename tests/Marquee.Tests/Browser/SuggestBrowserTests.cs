using System.Text.RegularExpressions;
using Marquee.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.Tests.Browser;

/// <summary>The header's type-ahead in Chromium: results as you type, arrow keys and Enter, and the plain form.</summary>
public sealed class SuggestBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Typing_shows_suggestions_and_the_keyboard_opens_one()
    {
        var page = await app.NewPageAsync(1200, 900);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync($"{app.BaseUrl}/films");

        var box = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Search films and people" });
        await box.PressSequentiallyAsync("eidel");
        // The list may first show the answer for a word typed halfway: wait for the one for the whole word.
        var option = page.GetByRole(AriaRole.Option).First;
        await Assertions.Expect(option).ToContainTextAsync("Mark Eydelshteyn");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestEnvironment.ArtifactsDirectory, "suggest-eidel.png") });

        await box.PressAsync("ArrowDown");
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await option.GetAttributeAsync("id"))!);
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/people/mark-eydelshteyn$"));

        // Escape closes the list; Enter without a chosen suggestion submits the plain form to /search.
        await page.GotoAsync($"{app.BaseUrl}/");
        await box.FillAsync("");
        await box.PressSequentiallyAsync("anor");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("Anora");
        await box.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=anor"));
        await Assertions.Expect(page.Locator(".search-results li a").First).ToHaveTextAsync("Anora");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_answer_arriving_after_Escape_does_not_reopen_the_list()
    {
        var page = await app.NewPageAsync(1200, 900);
        // The answer for "anor" is held back until the reader has closed the list.
        var release = new TaskCompletionSource();
        await page.RouteAsync(url => url.Contains("/api/v1/search/suggest?q=anor&", StringComparison.Ordinal), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"{app.BaseUrl}/");
        var box = page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Search films and people" });
        await box.PressSequentiallyAsync("ano");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("Anora");

        var held = page.WaitForRequestAsync(r => r.Url.Contains("q=anor&", StringComparison.Ordinal));
        await box.PressSequentiallyAsync("r");
        await held;
        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));

        var answered = page.WaitForResponseAsync(r => r.Url.Contains("q=anor&", StringComparison.Ordinal));
        release.SetResult();
        await (await answered).FinishedAsync();
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await Assertions.Expect(page.Locator("#site-suggest-0")).ToHaveCountAsync(0);
    }
}

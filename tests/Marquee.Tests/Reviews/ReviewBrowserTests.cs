using System.Text.RegularExpressions;
using Marquee.Tests.Browser;
using Marquee.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.Tests.Reviews;

/// <summary>The Anora review in Chromium: shield on by default, Reveal, and the lightbox driven by the keyboard.</summary>
public sealed class ReviewBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string SpoilerSentence = "signs the annulment without looking at his wife";

    private static string Shot(string name) => Path.Combine(TestEnvironment.ArtifactsDirectory, name);

    [Fact]
    public async Task Shield_hides_the_spoiler_until_revealed_and_the_lightbox_works_from_the_keyboard()
    {
        var page = await app.NewPageAsync(1280, 900);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync($"{app.BaseUrl}/reviews/anora-review");

        // Shield on: the sentence is neither visible nor anywhere in the document.
        Assert.False(await page.GetByText(SpoilerSentence, new PageGetByTextOptions { Exact = false }).IsVisibleAsync());
        Assert.DoesNotContain(SpoilerSentence, await page.ContentAsync());
        Assert.True(await page.Locator(".editors-note").IsVisibleAsync());
        await page.FullPageShotAsync("review-anora-shielded.png");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Reveal spoiler" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/anora-review\\?spoilers=show#spoiler-1$"));
        await Assertions.Expect(page.GetByText(SpoilerSentence, new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await page.FullPageShotAsync("review-anora-revealed.png");

        // Lightbox: Enter on the focused image link opens it with focus on Close; Escape closes it and focus returns.
        var link = page.Locator("a.lightbox-link").First;
        var dialog = page.Locator("dialog.lightbox");
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.Equal("Close", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.Contains("Illustration by Marquee", await dialog.Locator("figcaption").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("review-anora-lightbox.png") });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('lightbox-link')"));

        // And the Close button, pressed from the keyboard.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_script_the_image_is_a_plain_link()
    {
        await using var context = await app.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/reviews/anora-review");
        await page.Locator("a.lightbox-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/media/[^/]+\\.png$"));
    }

    [Fact]
    public async Task Seen_it_persists_for_the_film()
    {
        var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{app.BaseUrl}/reviews/anora-review");
        // The link redirects back to the page it is on, so the URL cannot tell the new page from the old: wait for the
        // sentence, which the shielded page does not have at all.
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "I've seen Anora" }).ClickAsync();
        await Assertions.Expect(page.GetByText(SpoilerSentence, new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/reviews/anora-review$"));
        await page.GotoAsync($"{app.BaseUrl}/reviews/anora-review");
        await Assertions.Expect(page.GetByText(SpoilerSentence, new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}

using System.Text.RegularExpressions;
using Marquee.Tests.Browser;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Marquee.Tests.ArticleImports.ImportTestData;

namespace Marquee.Tests.ArticleImports;

/// <summary>The confirm flow in Chromium: paste an article, check what was read, accept a link, create the draft.</summary>
public sealed class ImportBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "Correct-horse-battery-9";

    [Fact]
    public async Task Editor_pastes_an_article_accepts_a_proposed_link_and_lands_on_the_draft()
    {
        string name;
        await using (var scope = app.Services.CreateAsyncScope()) name = (await AddUserAsync(scope.ServiceProvider, "editor", Password)).UserName!;
        var page = await app.NewPageAsync(1280, 900);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        // Each step after a click waits with web-first assertions (the URL, then what the new page shows), never with
        // WaitForURLAsync: that checks the URL and only then listens for the navigation, so on a loaded machine the
        // redirect after signing in could commit in between and the wait then hung until its timeout.
        await page.GotoAsync($"{app.BaseUrl}/desk/imports/new");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login\\?"));
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/desk/imports/new$"));

        await page.GetByLabel("Article text").FillAsync(LookAlikeArticle + "\n\nSeen in the browser test " + Guid.NewGuid());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Read the article" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/desk/imports/[0-9]+$"));

        // The source and the fields side by side.
        await Assertions.Expect(page.GetByLabel("Film title")).ToHaveValueAsync("Anora");
        await Assertions.Expect(page.GetByLabel("Publication date (yyyy-mm-dd)")).ToHaveValueAsync("2024-11-03");
        await Assertions.Expect(page.GetByLabel("Score as given", new PageGetByLabelOptions { Exact = false })).ToHaveValueAsync("4/5");
        await Assertions.Expect(page.Locator(".import-source pre")).ToContainTextAsync("Brighton Beach");
        await page.FullPageShotAsync("article-import.png");

        var row = page.Locator("tr.import-link", new PageLocatorOptions { HasText = "Andrej Tarkovsky" });
        await Assertions.Expect(row).ToContainTextAsync("Proposed");
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Accept Andrej Tarkovsky as Andrei Tarkovsky" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Link accepted");
        await Assertions.Expect(page.Locator("tr.import-link", new PageLocatorOptions { HasText = "Andrej Tarkovsky" })).ToContainTextAsync("Accepted");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create draft" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/desk/reviews/anora-2024-review[^/]*$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft created");
        await Assertions.Expect(page.GetByLabel("Headline")).ToHaveValueAsync("Anora Review: A Brooklyn Fairy Tale With Teeth");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Status: Draft");
        Assert.Empty(errors);
    }
}

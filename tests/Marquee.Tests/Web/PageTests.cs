using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Web;

public sealed class PageTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Film_page_shows_the_info_card()
    {
        var page = await GetPageAsync("/films/anora-2024");
        var card = page.QuerySelector(".info-card")!;
        Assert.NotNull(card);
        Assert.Equal("Anora (2024)", card.QuerySelector("h1")!.TextContent.Trim());
        // The demo reviews fill the badge with the critics' aggregate (ReviewPageTests checks its value).
        Assert.NotNull(card.QuerySelector(".score-badge"));
        var facts = card.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Limited release, October 18, 2024, United States", facts, StringComparison.Ordinal);
        Assert.Contains("Sean Baker", facts, StringComparison.Ordinal);
        Assert.Contains("139 minutes", facts, StringComparison.Ordinal);
        var visible = card.QuerySelectorAll("dd.cast > ul.inline-list > li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Mikey Madison", "Mark Eydelshteyn", "Karren Karagulian", "Yuriy Borisov", "Vache Tovmasyan", "Ivy Wolk"], visible);
        var expand = card.QuerySelector("details.expand")!;
        Assert.StartsWith("Expand", expand.QuerySelector("summary")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(17, expand.QuerySelectorAll("li").Length);
        Assert.Contains("Zoë Vnak", expand.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Film_page_lists_cast_with_characters_crew_releases_and_links()
    {
        var page = await GetPageAsync("/films/anora-2024");
        var cast = page.QuerySelectorAll(".credit-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(23, cast.Count);
        Assert.Contains(cast, c => c.Contains("Mikey Madison", StringComparison.Ordinal) && c.Contains("Anora", StringComparison.Ordinal) && c.Contains("Ani", StringComparison.Ordinal));
        Assert.Contains(cast, c => c.Contains("Mark Eydelshteyn", StringComparison.Ordinal) && c.Contains("Vanya Zakharov", StringComparison.Ordinal));
        Assert.Contains("Director", page.QuerySelector("dl.crew")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll("table.releases tbody tr").Length >= 2);
        Assert.Contains(page.QuerySelectorAll(".links a"), a => a.GetAttribute("href") == "https://www.imdb.com/title/tt28607951/");
    }

    [Fact]
    public async Task Film_page_has_movie_json_ld()
    {
        var page = await GetPageAsync("/films/anora-2024");
        var script = page.QuerySelector("script[type='application/ld+json']")!;
        var movie = JsonNode.Parse(script.TextContent)!;
        Assert.Equal("Movie", (string?)movie["@type"]);
        Assert.Equal("Anora", (string?)movie["name"]);
        Assert.Equal("PT139M", (string?)movie["duration"]);
        Assert.Equal("Sean Baker", (string?)movie["director"]![0]!["name"]);
        var first = movie["actor"]![0]!;
        Assert.Equal("PerformanceRole", (string?)first["@type"]);
        Assert.Equal("Mikey Madison", (string?)first["actor"]!["name"]);
        Assert.Equal("Anora", (string?)first["characterName"]);
        Assert.Contains(movie["sameAs"]!.AsArray(), s => (string?)s == "https://www.imdb.com/title/tt28607951/");
    }

    [Fact]
    public async Task Person_page_shows_spellings_and_filmography()
    {
        var page = await GetPageAsync("/people/mark-eydelshteyn");
        Assert.Equal("Mark Eydelshteyn", page.QuerySelector("h1")!.TextContent.Trim());
        var spellings = page.QuerySelectorAll(".aliases .alias-name").Select(a => a.TextContent).ToList();
        Assert.Contains("Mark Eidelstein", spellings);
        Assert.Contains("Марк Эйдельштейн", spellings);
        var rows = page.QuerySelectorAll("table.filmography tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Anora", StringComparison.Ordinal) && r.Contains("Vanya Zakharov", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Director_page_lists_several_films()
    {
        var page = await GetPageAsync("/people/sean-baker");
        var films = page.QuerySelectorAll("table.filmography a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/films/anora-2024", films);
        Assert.True(films.Count >= 2);
    }

    [Fact]
    public async Task Alias_slug_redirects_to_the_person_page()
    {
        var response = await app.Client().GetAsync("/people/mark-eidelstein", Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/people/mark-eydelshteyn", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/films/no-such-film")]
    [InlineData("/people/no-such-person")]
    [InlineData("/no/such/page")]
    public async Task Unknown_pages_are_a_friendly_404(string url)
    {
        var page = await GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='/films']"));
    }

    [Fact]
    public async Task Home_lists_recent_films()
    {
        var page = await GetPageAsync("/");
        Assert.True(page.QuerySelectorAll(".film-grid a").Length >= 6);
    }

    [Fact]
    public async Task Browse_filters_and_pages()
    {
        var all = await GetPageAsync("/films?pageSize=10");
        Assert.Equal(10, all.QuerySelectorAll(".film-grid li").Length);
        Assert.NotNull(all.QuerySelector(".pager a[rel='next']"));

        var year = await GetPageAsync("/films?year=2024");
        Assert.Contains(year.QuerySelectorAll(".film-grid a"), a => a.GetAttribute("href") == "/films/anora-2024");
        Assert.All(year.QuerySelectorAll(".film-grid .muted"), m => Assert.StartsWith("2024", m.TextContent, StringComparison.Ordinal));

        var person = await GetPageAsync("/films?person=sean-baker&sort=year&order=desc");
        var years = person.QuerySelectorAll(".film-grid .muted").Select(m => int.Parse(m.TextContent[..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(years.OrderDescending(), years);

        var bad = await GetPageAsync("/films?year=abc", HttpStatusCode.BadRequest);
        Assert.NotNull(bad.QuerySelector(".form-errors"));
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await app.Client().GetAsync("/films/anora-2024", Ct);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_ok_when_the_database_answers()
    {
        var response = await app.Client().GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class UnhealthyTests
{
    [Fact]
    public async Task Health_is_503_when_the_database_does_not_answer()
    {
        // A PostgreSQL address where nothing listens; migrations are off so the app still starts.
        using var app = new MarqueeApp(Provider.Sqlite, demo: false, new Dictionary<string, string?>
        {
            ["Database"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2",
            ["Migrate"] = "false",
        });
        var response = await app.Client().GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);

        // A page that needs the database says it is unavailable for now, with no exception text.
        var page = await app.Client().GetAsync("/films", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Temporarily unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);

        var api = await app.Client().GetAsync("/api/v1/films", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Npgsql", await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

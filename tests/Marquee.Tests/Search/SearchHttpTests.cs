using System.Net;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Search;

/// <summary>/api/v1/search, /api/v1/search/suggest and the /search page over HTTP, on the demo catalogue.</summary>
public sealed class SearchHttpTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_search_returns_anora_first_with_its_link()
    {
        var body = await (await app.Client().GetAsync("/api/v1/search?q=anora", Ct)).ReadNodeAsync();
        var first = body["results"]![0]!;
        Assert.Equal("film", (string?)first["type"]);
        Assert.Equal("anora-2024", (string?)first["slug"]);
        Assert.Equal("Anora", (string?)first["name"]);
        Assert.Equal(2024, (int?)first["year"]);
        Assert.Equal("/films/anora-2024", (string?)first["url"]);
    }

    [Theory]
    [InlineData("Юрий Борисов", "person", "yuriy-borisov")]
    [InlineData("Aleksei Serebryakov", "person", "aleksey-serebryakov")]
    [InlineData("Eidelstein", "person", "mark-eydelshteyn")]
    [InlineData("amelie", "film", "amelie-2001")]
    public async Task Api_search_filters_by_type(string q, string type, string slug)
    {
        var body = await (await app.Client().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&type={type}", Ct)).ReadNodeAsync();
        Assert.Equal(type, (string?)body["type"]);
        Assert.Equal(slug, (string?)body["results"]![0]!["slug"]);
        Assert.All(body["results"]!.AsArray(), r => Assert.Equal(type, (string?)r!["type"]));
    }

    [Fact]
    public async Task Reviews_type_finds_published_reviews_only()
    {
        var body = await (await app.Client().GetAsync("/api/v1/search?q=anora&type=review", Ct)).ReadNodeAsync();
        Assert.Equal("review", (string?)body["type"]);
        var results = body["results"]!.AsArray();
        Assert.Contains(results, r => (string?)r!["slug"] == "anora-review");
        Assert.All(results, r => Assert.Equal("review", (string?)r!["type"]));
    }

    [Fact]
    public async Task Suggest_completes_a_few_letters()
    {
        var body = await (await app.Client().GetAsync("/api/v1/search/suggest?q=mark%20eyd", Ct)).ReadNodeAsync();
        Assert.Equal("mark-eydelshteyn", (string?)body["results"]![0]!["slug"]);
    }

    [Fact]
    public async Task Suggest_waits_for_two_letters()
    {
        var body = await (await app.Client().GetAsync("/api/v1/search/suggest?q=a", Ct)).ReadNodeAsync();
        Assert.Empty(body["results"]!.AsArray());
        var two = await (await app.Client().GetAsync("/api/v1/search/suggest?q=an", Ct)).ReadNodeAsync();
        Assert.NotEmpty(two["results"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=%20%20", "q")]
    [InlineData("/api/v1/search?q=anora&type=song", "type")]
    [InlineData("/api/v1/search?q=anora&limit=0", "limit")]
    [InlineData("/api/v1/search/suggest?q=anora&limit=500", "limit")]
    [InlineData("/api/v1/search/suggest", "q")]
    public async Task Bad_parameters_are_problems_naming_the_field(string url, string field)
    {
        var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Overlong_query_is_a_problem_not_a_crash()
    {
        var response = await app.Client().GetAsync("/api/v1/search?q=" + new string('a', 201), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await app.Client().GetAsync("/search?q=" + new string('a', 201), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("at most 200 characters", await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Search_page_lists_results_and_encodes_the_query()
    {
        var html = await app.Client().GetStringAsync("/search?q=" + Uri.EscapeDataString("Eidelstein <b>x</b>"), Ct);
        Assert.DoesNotContain("<b>x</b>", html);
        var page = await app.Client().GetStringAsync("/search?q=yura%20borisov", Ct);
        var doc = new HtmlParser().ParseDocument(page);
        var first = doc.QuerySelector(".search-results li a");
        Assert.Equal("/people/yuriy-borisov", first?.GetAttribute("href"));
        Assert.Equal("Yuriy Borisov", first?.TextContent);
        Assert.Contains("Yura Borisov", doc.QuerySelector(".search-results li .aka")?.TextContent);
    }

    [Fact]
    public async Task Every_page_has_a_search_box_that_works_without_script()
    {
        var doc = new HtmlParser().ParseDocument(await app.Client().GetStringAsync("/films", Ct));
        var form = doc.QuerySelector("header form[role=search]");
        Assert.Equal("/search", form?.GetAttribute("action"));
        Assert.Equal("get", form?.GetAttribute("method"));
        Assert.NotNull(form?.QuerySelector("input[name=q]"));
        Assert.NotNull(doc.QuerySelector("script[src^='/js/suggest.js']"));
        Assert.DoesNotContain(doc.QuerySelectorAll("script:not([src])"), s => s.GetAttribute("type") != "application/ld+json");
    }
}

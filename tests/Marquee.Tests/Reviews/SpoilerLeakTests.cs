using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>A unique sentence planted in a spoiler block must never reach metadata, feeds, the film page, or the page HTML while the shield is on.</summary>
public sealed class SpoilerLeakTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Film = "snowpiercer-2013";
    private static readonly string Planted = $"The planted twist sentence {Guid.NewGuid():n} reveals the ending.";
    private static readonly string PlantedHeading = $"Secret heading {Guid.NewGuid():n}";
    private const string OpenText = "The opening paragraph is safe for everyone to read.";

    private static string Body => $"{OpenText}\n\n## Safe section\n\nMore safe words.\n\n::: spoiler\n## {PlantedHeading}\n\n{Planted}\n:::\n\n## Closing thoughts\n\nA closing paragraph.";

    private HttpClient Reader(string? cookie = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<(string Slug, string Critic)> PlantAsync(string level = "premise")
    {
        var slug = await PublishedAsync(app, Review(Film, Body, level, headline: $"Headline {Guid.NewGuid():n}"));
        var doc = await (await Reader().GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync();
        return (slug, (string)doc["author"]!["userName"]!);
    }

    [Fact]
    public async Task Shielded_page_html_has_no_spoiler_text_but_a_reveal_link()
    {
        var (slug, _) = await PlantAsync();
        var html = await Reader().GetStringAsync($"/reviews/{slug}", Ct);
        Assert.Contains(OpenText, html);
        Assert.DoesNotContain(Planted, html);
        Assert.DoesNotContain(PlantedHeading, html);
        Assert.Contains($"/reviews/{slug}?spoilers=show#spoiler-1", html);
    }

    [Fact]
    public async Task Reveal_link_and_shield_off_cookie_show_the_spoiler()
    {
        var (slug, _) = await PlantAsync();
        Assert.Contains(Planted, await Reader().GetStringAsync($"/reviews/{slug}?spoilers=show", Ct));
        Assert.Contains(Planted, await Reader("mq_spoilers=off").GetStringAsync($"/reviews/{slug}", Ct));
    }

    [Fact]
    public async Task Seen_it_lifts_the_shield_for_that_film_only()
    {
        var (slug, _) = await PlantAsync();
        var seen = await Reader().GetAsync($"/spoilers/seen/{Film}?returnUrl=/reviews/{slug}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, seen.StatusCode);
        Assert.Equal($"/reviews/{slug}", seen.Headers.Location?.ToString());
        var cookie = seen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mq_seen=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Contains(Planted, await Reader(cookie).GetStringAsync($"/reviews/{slug}", Ct));

        // Another film's spoilers stay shielded with the same cookie.
        var other = await PublishedAsync(app, Review("parasite-2019", $"Open.\n\n::: spoiler\n{Planted} Other film.\n:::"));
        Assert.DoesNotContain(Planted, await Reader(cookie).GetStringAsync($"/reviews/{other}", Ct));
    }

    [Fact]
    public async Task Return_address_of_a_preference_link_must_be_local()
    {
        var response = await Reader().GetAsync("/spoilers/off?returnUrl=//evil.example/x", Ct);
        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Metadata_never_carries_spoiler_text_even_with_the_shield_off()
    {
        var (slug, _) = await PlantAsync();
        var html = await Reader("mq_spoilers=off").GetStringAsync($"/reviews/{slug}", Ct);
        Assert.Contains(Planted, html);
        var document = new HtmlParser().ParseDocument(html);
        var metas = document.QuerySelectorAll("meta[content]").Select(m => m.GetAttribute("content")!).ToList();
        Assert.Contains("A one-line summary that gives nothing away.", metas);
        Assert.All(metas, content => Assert.DoesNotContain("planted twist", content, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("A one-line summary that gives nothing away.", document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("A one-line summary that gives nothing away.", document.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        Assert.Equal("A one-line summary that gives nothing away.", document.QuerySelector("meta[name='twitter:description']")?.GetAttribute("content"));

        var jsonLd = JsonNode.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Equal("Review", (string?)jsonLd["@type"]);
        Assert.DoesNotContain("planted twist", jsonLd.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(OpenText, (string?)jsonLd["reviewBody"]);
        Assert.Equal("A one-line summary that gives nothing away.", (string?)jsonLd["description"]);
    }

    [Theory]
    [InlineData("/feeds/reviews.atom")]
    [InlineData("/feeds/reviews.rss")]
    [InlineData("/films/" + Film + "/reviews.atom")]
    [InlineData("/films/" + Film + "/reviews.rss")]
    [InlineData("/critics/{critic}/reviews.atom")]
    [InlineData("/critics/{critic}/reviews.rss")]
    public async Task Feeds_carry_the_review_but_not_its_spoilers(string feed)
    {
        var (slug, critic) = await PlantAsync();
        var xml = await Reader().GetStringAsync(feed.Replace("{critic}", critic, StringComparison.Ordinal), Ct);
        Assert.Contains($"/reviews/{slug}", xml);
        Assert.DoesNotContain("planted twist", xml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Secret heading", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Film_page_excerpts_have_no_spoilers_even_with_the_shield_off()
    {
        var (slug, _) = await PlantAsync();
        var html = await Reader("mq_spoilers=off").GetStringAsync($"/films/{Film}", Ct);
        Assert.Contains($"/reviews/{slug}", html);
        Assert.DoesNotContain("planted twist", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Full_spoiler_review_is_hidden_whole_behind_the_shield()
    {
        var (slug, _) = await PlantAsync("full");
        var html = await Reader().GetStringAsync($"/reviews/{slug}", Ct);
        Assert.DoesNotContain(OpenText, html);
        Assert.DoesNotContain(Planted, html);
        Assert.Contains("Reveal the review", html);
        Assert.Contains("The following contains spoilers for", html);
        var jsonLd = JsonNode.Parse(new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Null(jsonLd["reviewBody"]);

        var revealed = await Reader().GetStringAsync($"/reviews/{slug}?spoilers=show", Ct);
        Assert.Contains(OpenText, revealed);
        Assert.Contains(Planted, revealed);
    }

    [Fact]
    public async Task Table_of_contents_lists_safe_headings_with_anchors_and_never_spoiler_headings()
    {
        var (slug, _) = await PlantAsync();
        var html = await Reader("mq_spoilers=off").GetStringAsync($"/reviews/{slug}", Ct);
        var document = new HtmlParser().ParseDocument(html);
        var toc = document.QuerySelectorAll("nav.toc a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Safe section", "#safe-section"), toc);
        Assert.DoesNotContain(toc, t => t.TextContent.Contains("Secret heading", StringComparison.Ordinal));
        Assert.NotNull(document.GetElementById("safe-section"));
    }

    [Fact]
    public async Task Api_leaves_spoiler_blocks_out_of_the_body_for_shielded_readers()
    {
        var (slug, _) = await PlantAsync();
        var shielded = await Reader().GetAsync($"/api/v1/reviews/{slug}", Ct);
        var doc = await shielded.ReadNodeAsync();
        var body = (string)doc["body"]!;
        Assert.Contains(OpenText, body);
        Assert.Contains("## Closing thoughts", body);
        Assert.DoesNotContain(Planted, body);
        Assert.DoesNotContain(PlantedHeading, body);
        Assert.DoesNotContain(":::", body);
        Assert.Equal(1, (int)doc["spoilerBlocksOmitted"]!);

        // The shielded copy has its own tag, so a cache never serves it for the whole one and If-Match refuses it.
        var editor = await app.ClientWithRoleAsync("editor");
        var stale = await ActAsync(editor, slug, "unpublish", shielded.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Theory]
    [InlineData("?spoilers=show", null)]
    [InlineData("", "mq_spoilers=off")]
    [InlineData("", "mq_seen=" + Film)]
    public async Task Api_gives_the_whole_body_when_the_reader_lifts_the_shield(string query, string? cookie)
    {
        var (slug, _) = await PlantAsync();
        var doc = await (await Reader(cookie).GetAsync($"/api/v1/reviews/{slug}{query}", Ct)).ReadNodeAsync();
        Assert.Contains(Planted, (string)doc["body"]!);
        Assert.Equal(0, (int)doc["spoilerBlocksOmitted"]!);
    }

    [Fact]
    public async Task Api_gives_editors_the_whole_body_to_edit()
    {
        var (slug, _) = await PlantAsync();
        var editor = await app.ClientWithRoleAsync("editor");
        var doc = await (await editor.GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync();
        Assert.Contains(Planted, (string)doc["body"]!);
    }
}

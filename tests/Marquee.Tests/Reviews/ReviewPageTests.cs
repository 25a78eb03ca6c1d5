using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>The demo Anora review in the reference structure, the film page's scores, the reviews list and the feeds' validity.</summary>
public sealed class ReviewPageTests(DemoApp app) : IClassFixture<DemoApp>
{
    private HttpClient Reader(string? cookie = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task Anora_review_has_the_reference_structure()
    {
        var html = await Reader("mq_spoilers=off").GetStringAsync("/reviews/anora-review", Ct);
        var page = new HtmlParser().ParseDocument(html);
        Assert.StartsWith("‘Anora’ Review", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Editor's note: The following contains spoilers for 'Anora'.", page.QuerySelector(".editors-note")!.TextContent.Trim());
        var sections = page.QuerySelectorAll(".review-body h2").Select(h => h.TextContent).ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal(sections, page.QuerySelectorAll("nav.toc a").Select(a => a.TextContent).ToList());
        Assert.All(page.QuerySelectorAll("nav.toc a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Single(page.QuerySelectorAll(".review-body .spoiler"));
        var figure = page.QuerySelector(".review-body figure.review-figure")!;
        Assert.Equal("Illustration by Marquee", figure.QuerySelector(".credit")!.TextContent);
        Assert.NotNull(figure.QuerySelector("a.lightbox-link[href^='/media/'] img[alt]"));
        Assert.Equal("9/10", page.QuerySelector(".info-card .score-badge span")!.TextContent);
        Assert.Contains("Sean Baker", page.QuerySelector(".info-card")!.TextContent);
        Assert.Equal("By Nadia Okafor", page.QuerySelector(".byline")!.TextContent.Trim().Split('·')[0].Trim());

        var jsonLd = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Equal("Review", (string?)jsonLd["@type"]);
        Assert.Equal("Movie", (string?)jsonLd["itemReviewed"]!["@type"]);
        Assert.Equal("Anora", (string?)jsonLd["itemReviewed"]!["name"]);
        Assert.NotEmpty(jsonLd["itemReviewed"]!["sameAs"]!.AsArray());
        Assert.Equal(9, (double)jsonLd["reviewRating"]!["ratingValue"]!);
        Assert.Equal(10, (double)jsonLd["reviewRating"]!["bestRating"]!);
        Assert.Equal(0, (double)jsonLd["reviewRating"]!["worstRating"]!);
        Assert.Equal("Nadia Okafor", (string?)jsonLd["author"]!["name"]);
        Assert.NotNull(jsonLd["publisher"]!["name"]);
        Assert.StartsWith("2024-11-02", (string?)jsonLd["datePublished"]);
        Assert.NotNull(jsonLd["dateModified"]);
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.StartsWith("http", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Anora_spoiler_block_is_not_in_the_page_with_the_default_shield()
    {
        var html = await Reader().GetStringAsync("/reviews/anora-review", Ct);
        Assert.DoesNotContain("signs the annulment", html);
        Assert.Contains("Reveal spoiler", html);
        Assert.Contains("Illustration by Marquee", html);
        Assert.Contains("signs the annulment", await Reader().GetStringAsync("/reviews/anora-review?spoilers=show", Ct));
    }

    [Fact]
    public async Task Film_page_lists_critics_with_their_scores_and_the_aggregate_with_a_histogram()
    {
        var page = new HtmlParser().ParseDocument(await Reader().GetStringAsync("/films/anora-2024", Ct));
        var scores = page.QuerySelectorAll(".critic-reviews li .critic-score").Select(s => s.TextContent).ToHashSet();
        Assert.Superset(new HashSet<string> { "9/10", "★★★★½", "A-", "92" }, scores);
        // Demo scores normalise to 90, 90, 91 and 92: the mean is 90.75, shown rounded.
        Assert.Equal("91", page.QuerySelector("[data-aggregate]")!.TextContent);
        Assert.Contains("from 4 critics", page.QuerySelector(".aggregate")!.TextContent);
        Assert.Equal("91", page.QuerySelector(".info-card .score-badge span")!.TextContent);
        var bars = page.QuerySelectorAll("svg.histogram rect").ToList();
        Assert.Equal(10, bars.Count);
        Assert.Equal("0", bars[5].GetAttribute("height"));
        Assert.NotEqual("0", bars[9].GetAttribute("height"));
        Assert.NotNull(page.QuerySelector(".critic-reviews a[href='/spoilers/seen/anora-2024?returnUrl=%2Ffilms%2Fanora-2024']"));
    }

    [Fact]
    public async Task Film_page_shows_no_aggregate_below_three_scores()
    {
        var page = new HtmlParser().ParseDocument(await Reader().GetStringAsync("/films/conclave-2024", Ct));
        Assert.Single(page.QuerySelectorAll(".critic-reviews li"));
        Assert.Null(page.QuerySelector("[data-aggregate]"));
        Assert.Null(page.QuerySelector("svg.histogram"));
        Assert.NotNull(page.QuerySelector(".info-card .score-badge.empty"));
    }

    [Fact]
    public async Task Home_page_shows_the_latest_reviews_newest_first()
    {
        var page = new HtmlParser().ParseDocument(await Reader().GetStringAsync("/", Ct));
        var links = page.QuerySelectorAll("#recent-reviews ~ ul a[href^='/reviews/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/reviews/anora-review", links.First());
    }

    [Fact]
    public async Task Reviews_list_and_critic_filter()
    {
        var all = await Reader().GetStringAsync("/reviews", Ct);
        Assert.Contains("/reviews/anora-review", all);
        var ines = await Reader().GetStringAsync("/reviews?critic=ines-calderon", Ct);
        Assert.Contains("Reviews by Inés Calderón", System.Net.WebUtility.HtmlDecode(ines));
        Assert.DoesNotContain("/reviews/parasite-review\"", ines);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync("/reviews?critic=nobody-here", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync("/reviews/no-such-review", Ct)).StatusCode);
    }

    [Fact]
    public async Task Atom_feeds_are_valid_with_absolute_links_and_updated_dates()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var path in new[] { "/feeds/reviews.atom", "/critics/nadia-okafor/reviews.atom", "/films/anora-2024/reviews.atom" })
        {
            var response = await Reader().GetAsync(path, Ct);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;
            Assert.Equal(atom + "feed", feed.Name);
            Assert.NotNull(feed.Element(atom + "title"));
            Assert.True(DateTimeOffset.TryParse(feed.Element(atom + "updated")!.Value, out _));
            var entries = feed.Elements(atom + "entry").ToList();
            Assert.NotEmpty(entries);
            foreach (var entry in entries)
            {
                Assert.StartsWith("http://", entry.Element(atom + "id")!.Value);
                Assert.StartsWith("http://", entry.Element(atom + "link")!.Attribute("href")!.Value);
                Assert.True(DateTimeOffset.TryParse(entry.Element(atom + "updated")!.Value, out _));
                Assert.NotEmpty(entry.Element(atom + "author")!.Element(atom + "name")!.Value);
                Assert.NotEmpty(entry.Element(atom + "summary")!.Value);
            }
        }
        var critic = XDocument.Parse(await Reader().GetStringAsync("/critics/nadia-okafor/reviews.atom", Ct));
        Assert.All(critic.Descendants(atom + "entry"), e => Assert.Equal("Nadia Okafor", e.Element(atom + "author")!.Element(atom + "name")!.Value));
        var film = XDocument.Parse(await Reader().GetStringAsync("/films/anora-2024/reviews.atom", Ct));
        Assert.Equal(4, film.Descendants(atom + "entry").Count());
    }

    [Fact]
    public async Task Rss_feeds_are_valid_rss_2()
    {
        foreach (var path in new[] { "/feeds/reviews.rss", "/critics/theo-marsh/reviews.rss", "/films/parasite-2019/reviews.rss" })
        {
            var response = await Reader().GetAsync(path, Ct);
            Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
            var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;
            Assert.Equal("rss", rss.Name.LocalName);
            Assert.Equal("2.0", rss.Attribute("version")!.Value);
            var channel = rss.Element("channel")!;
            Assert.StartsWith("http://", channel.Element("link")!.Value);
            Assert.NotNull(channel.Element("lastBuildDate"));
            foreach (var item in channel.Elements("item"))
            {
                Assert.StartsWith("http://", item.Element("link")!.Value);
                Assert.True(DateTimeOffset.TryParse(item.Element("pubDate")!.Value, out _));
                Assert.NotEmpty(item.Element("description")!.Value);
            }
        }
    }

    [Theory]
    [InlineData("/critics/nobody-here/reviews.atom")]
    [InlineData("/critics/nobody-here/reviews.rss")]
    [InlineData("/films/no-such-film-1900/reviews.rss")]
    [InlineData("/feeds/reviews.json")]
    public async Task Unknown_feeds_are_404(string path) => Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync(path, Ct)).StatusCode);
}

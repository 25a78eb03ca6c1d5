using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>Feed readers show a headline and dek as the critic wrote them, as text: RSS readers take the fields as HTML, so markup must arrive escaped.</summary>
public sealed class FeedTextTests(FilmApps apps) : IClassFixture<FilmApps>
{
    private const string Headline = "Why <b>bold</b> & <script>alert(1)</script> fail";
    private const string Dek = "An <img src=x onerror=alert(1)> in the dek & more.";

    [Theory]
    [AllProviders]
    public async Task Rss_title_and_description_read_as_text_in_an_html_reader(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var headline = $"{Headline} {Guid.NewGuid():n}";
        await PublishedAsync(app, Review(FilmApps.Film, "Body.", headline: headline, dek: Dek, score: null));

        var rss = XDocument.Parse(await app.Client().GetStringAsync("/feeds/reviews.rss", Ct));
        var item = rss.Descendants("item").Single(i => ((string)i.Element("title")!).Contains(headline[^32..], StringComparison.Ordinal));
        foreach (var (element, expected) in new[] { ("title", headline), ("description", Dek) })
        {
            // What a reader does: decode the XML, then render the result as HTML.
            var rendered = new HtmlParser().ParseDocument($"<body>{(string)item.Element(element)!}</body>").Body!;
            Assert.Empty(rendered.Children);
            Assert.Equal(expected, rendered.TextContent);
        }

        var atom = XDocument.Parse(await app.Client().GetStringAsync($"/films/{FilmApps.Film}/reviews.atom", Ct));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = atom.Descendants(ns + "entry").Single(e => (string)e.Element(ns + "title")! == headline);
        Assert.Equal(Dek, (string)entry.Element(ns + "summary")!);
        Assert.Equal("text", (string?)entry.Element(ns + "summary")!.Attribute("type"));
    }
}

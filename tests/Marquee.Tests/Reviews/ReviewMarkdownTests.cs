using AngleSharp.Html.Parser;
using Marquee.Data.Reviews;
using Marquee.Features.Reviews;

namespace Marquee.Tests.Reviews;

/// <summary>The review body renderer on its own: structure in, safe HTML out.</summary>
public sealed class ReviewMarkdownTests
{
    private static readonly Dictionary<string, ReviewImageView> NoImages = [];

    private static AngleSharp.Dom.IDocument Render(string markdown, SpoilerMode mode = SpoilerMode.Shown, IReadOnlyDictionary<string, ReviewImageView>? images = null) =>
        new HtmlParser().ParseDocument(ReviewMarkdown.Render(markdown, mode, "/reviews/x?spoilers=show", images ?? NoImages).Html);

    [Theory]
    [InlineData("## What it is about", "h2#what-it-is-about")]
    [InlineData("> A quote.", "blockquote p")]
    [InlineData("::: pullquote\nA pull quote.\n:::", "aside.pull-quote p")]
    [InlineData("[A link](https://example.com/x)", "a[href='https://example.com/x']")]
    [InlineData("*Anora* is in theaters.", "em")]
    [InlineData("::: spoiler\nHidden.\n:::", "div.spoiler.spoiler-revealed p")]
    public void Renders_the_structures_a_review_uses(string markdown, string selector) =>
        Assert.NotNull(Render(markdown).QuerySelector(selector));

    [Fact]
    public void Shielded_spoilers_keep_a_reveal_link_and_omitted_ones_leave_nothing()
    {
        const string body = "Safe.\n\n::: spoiler\nThe secret.\n:::\n\n::: spoiler\nAnother.\n:::";
        var shielded = ReviewMarkdown.Render(body, SpoilerMode.Shielded, "/reviews/x?spoilers=show", NoImages);
        Assert.DoesNotContain("secret", shielded.Html);
        Assert.Equal(2, shielded.SpoilerBlocks);
        var links = new HtmlParser().ParseDocument(shielded.Html).QuerySelectorAll("a.reveal").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/reviews/x?spoilers=show#spoiler-1", "/reviews/x?spoilers=show#spoiler-2"], links);
        Assert.Equal("Safe.", ReviewMarkdown.PlainTextWithoutSpoilers(body));
    }

    [Fact]
    public void A_lone_uploaded_image_becomes_a_figure_with_caption_credit_and_a_link()
    {
        var image = new ReviewImageView(1, "0123456789abcdef01234567.png", "/media/0123456789abcdef01234567.png", "Stored alt", "Stored caption", "Image via Neon", null, 640, 360);
        var page = Render("![](/media/0123456789abcdef01234567.png)", images: new Dictionary<string, ReviewImageView> { [image.FileName] = image });
        var figure = page.QuerySelector("figure.review-figure")!;
        Assert.Equal(image.Url, figure.QuerySelector("a.lightbox-link")!.GetAttribute("href"));
        Assert.Equal("Stored alt", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("640", figure.QuerySelector("img")!.GetAttribute("width"));
        Assert.Equal("Stored caption", figure.QuerySelector(".caption")!.TextContent);
        Assert.Equal("Image via Neon", figure.QuerySelector(".credit")!.TextContent);

        // The author's alt text and title win over the stored ones.
        var own = Render("![Own alt](/media/0123456789abcdef01234567.png \"Own caption\")", images: new Dictionary<string, ReviewImageView> { [image.FileName] = image });
        Assert.Equal("Own alt", own.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Own caption", own.QuerySelector(".caption")!.TextContent);
    }

    [Fact]
    public void Table_of_contents_skips_headings_in_spoilers_and_level_one_and_four()
    {
        var toc = ReviewMarkdown.Render("# Title\n\n## One\n\n### One a\n\n#### Deep\n\n::: spoiler\n## Secret\n:::\n\n## Two", SpoilerMode.Shown, "", NoImages).Toc;
        Assert.Equal([new TocEntry("one", "One", 2), new TocEntry("one-a", "One a", 3), new TocEntry("two", "Two", 2)], toc);
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = ReviewMarkdown.Render("Hello <b onclick=x>bold</b>", SpoilerMode.Shown, "", NoImages).Html;
        Assert.Contains("&lt;b onclick=x&gt;", html);
        Assert.Null(new HtmlParser().ParseDocument(html).QuerySelector("b"));
    }
}

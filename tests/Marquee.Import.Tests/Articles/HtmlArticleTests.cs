using Marquee.Core.Scores;
using Marquee.Import.Articles;

namespace Marquee.Import.Tests.Articles;

public class HtmlArticleTests
{
    // Written for this test in the shape of a review page; not copied from any site.
    private const string Page = """
        <!doctype html><html><head>
        <title>Quiet Harbour review: a slow, lovely film | Example Weekly</title>
        <meta property="og:title" content="Quiet Harbour review: a slow, lovely film">
        <meta property="article:published_time" content="2025-03-04T09:00:00Z">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"Review","datePublished":"2025-03-05",
         "author":{"@type":"Person","name":"Jane Critic"},
         "itemReviewed":{"@type":"Movie","name":"Quiet Harbour","director":[{"@type":"Person","name":"Ada Lindqvist"}]},
         "reviewRating":{"@type":"Rating","ratingValue":"4","bestRating":"5"}}
        </script>
        <script>document.write('<p>Tom Hanks (Evil Script) stars.</p>'); alert(1)</script>
        <style>p { color: red }</style>
        </head><body>
        <nav><a href="/">Home</a> &gt; <a href="/reviews">Reviews</a></nav>
        <article>
          <h1>Quiet Harbour review: a slow, lovely film</h1>
          <p>Quiet Harbour follows a lighthouse keeper, Marta Holm (Noomi Rapace), through one long winter on an island off the coast.</p>
          <h2>What happens</h2>
          <p>Her brother Erik, played by Alexander Skarsgård, arrives with news from the mainland, and the two of them argue about the lamp for most of the film.</p>
          <p>Image via Example Films</p>
          <p>Quiet Harbour is a patient film that rewards anyone willing to sit still with it for a couple of hours in the dark.</p>
          <p>Share this article</p>
        </article>
        <footer>Sign up for our newsletter</footer>
        </body></html>
        """;

    [Fact]
    public void Structured_data_comes_first()
    {
        var a = ArticleParser.ParseHtml(Page, new Uri("https://example.invalid/quiet-harbour"), TestContext.Current.CancellationToken);
        Assert.Equal("Quiet Harbour", a.FilmTitle);
        Assert.Equal(new DateOnly(2025, 3, 5), a.PublicationDate);
        Assert.Equal("Jane Critic", a.Author);
        Assert.Equal(4m, a.Score!.Value);
        Assert.Equal(ScoreScale.OutOf5, a.Score.Scale);
        Assert.Equal(["Ada Lindqvist"], a.Directors);
    }

    [Fact]
    public void The_main_text_goes_through_the_text_rules_and_scripts_are_ignored()
    {
        var a = ArticleParser.ParseHtml(Page, null, TestContext.Current.CancellationToken);
        Assert.Contains(a.Credits, c => c.Person == "Noomi Rapace" && c.Character == "Marta Holm");
        Assert.Contains(a.Credits, c => c.Person == "Alexander Skarsgård" && c.Character == "Erik");
        Assert.DoesNotContain(a.Credits, c => c.Person == "Tom Hanks");
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("alert", StringComparison.Ordinal) || p.Contains("color", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_structured_data_still_parses()
    {
        var a = ArticleParser.ParseHtml("<html><body><h1>Saltburn (2023) Review</h1><p>Barry Keoghan as Oliver is outstanding in this strange and beautiful film.</p><p>Rating: 4/5</p></body></html>", null, TestContext.Current.CancellationToken);
        Assert.Equal("Saltburn", a.FilmTitle);
        Assert.Contains(a.Credits, c => c.Person == "Barry Keoghan" && c.Character == "Oliver");
        Assert.Equal(80m, a.Score!.Normalised);
    }

    [Fact]
    public void Broken_markup_and_broken_json_ld_do_not_crash()
    {
        var a = ArticleParser.ParseHtml("<html><head><script type='application/ld+json'>{ not json</script></head><body><p>Unclosed <b>bold <i>text", null, TestContext.Current.CancellationToken);
        Assert.NotNull(a);
    }
}

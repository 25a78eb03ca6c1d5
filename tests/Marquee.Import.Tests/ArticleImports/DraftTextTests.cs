using Marquee.Core.Reviews;
using Marquee.Data.Reviews;
using Marquee.Import.ArticleImports;
using Marquee.Import.Articles;

namespace Marquee.Import.Tests.ArticleImports;

/// <summary>How an extracted article becomes the draft's words: Markdown that stays text, spoiler level, score, headline.</summary>
public class DraftTextTests
{
    [Theory]
    [InlineData("Plain words.", "Plain words.")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("1. Not a list", "1\\. Not a list")]
    [InlineData("- not a bullet", "\\- not a bullet")]
    [InlineData("+ not a bullet", "\\+ not a bullet")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("*stars* and _under_ and [link](x)", "\\*stars\\* and \\_under\\_ and \\[link\\](x)")]
    [InlineData("a `code` span", "a \\`code\\` span")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("a | pipe ~ tilde", "a \\| pipe \\~ tilde")]
    [InlineData("2024 was a year.", "2024 was a year.")]
    [InlineData("1) Not a list", "1\\) Not a list")]
    [InlineData("::: spoiler", "\\::: spoiler")]
    [InlineData("x^2^ and ++in++ and ==marked==", "x\\^2\\^ and \\+\\+in\\+\\+ and \\=\\=marked\\=\\=")]
    [InlineData("C++ and 2 + 2 = 4", "C\\+\\+ and 2 + 2 = 4")]
    public void Escapes_markdown_so_the_article_stays_text(string text, string expected) => Assert.Equal(expected, DraftText.Escape(text));

    /// <summary>Paragraphs an article may hold that would nest past what a review body may, were they Markdown.</summary>
    [Theory]
    [InlineData("::: spoiler", 3_000)]
    [InlineData("1) ", 20_000)]
    [InlineData("^a", 30_000)]
    [InlineData("++a", 20_000)]
    [InlineData("==a", 20_000)]
    [InlineData(">", 60_000)]
    [InlineData("[", 60_000)]
    [InlineData("*a", 30_000)]
    [InlineData("- ", 20_000)]
    public void A_draft_body_is_one_a_review_may_have(string shape, int times)
    {
        var paragraphs = shape.StartsWith(':') ? Enumerable.Repeat(shape, times) : [string.Concat(Enumerable.Repeat(shape, times))];
        var article = new ExtractedArticle
        {
            FilmTitle = "Anora",
            Outline = [new(ArticleBlockKind.Headline, "Anora review"), .. paragraphs.Select(p => new ArticleBlock(ArticleBlockKind.Paragraph, p))],
        };
        Assert.Null(ReviewMarkdownSyntax.Problem(DraftText.Body(article)));
    }

    [Theory]
    [InlineData(false, null, SpoilerLevel.None)]
    [InlineData(false, "Editor's note: spoilers ahead", SpoilerLevel.None)]
    [InlineData(true, "Editor's note: The following contains spoilers for 'Anora'", SpoilerLevel.Full)]
    [InlineData(true, "Warning: light spoilers ahead", SpoilerLevel.Premise)]
    [InlineData(true, "This review contains minor spoilers.", SpoilerLevel.Premise)]
    [InlineData(true, "Mild spoilers follow", SpoilerLevel.Premise)]
    [InlineData(true, "Full spoilers below", SpoilerLevel.Full)]
    [InlineData(true, null, SpoilerLevel.Full)]
    public void Spoiler_level_follows_the_note(bool warns, string? note, SpoilerLevel expected) => Assert.Equal(expected, DraftText.Spoilers(warns, note));

    [Theory]
    [InlineData("Rating: 9/10", "9/10")]
    [InlineData("Score: 4/5", "4/5")]
    [InlineData("Grade: B+", "B+")]
    [InlineData("No score here at all.", null)]
    public void The_draft_score_is_the_article_score_in_the_review_form(string line, string? expected)
    {
        var article = ArticleParser.ParseText($"Anora review\n\nSean Baker's Anora is a comedy that turns into something sadder and better than it first seems.\n\n{line}", TestContext.Current.CancellationToken);
        Assert.Equal(expected, DraftText.Score(article));
    }

    [Fact]
    public void Body_keeps_headings_and_paragraphs_in_order_without_the_headline_or_spoiler_note()
    {
        var article = new ExtractedArticle
        {
            FilmTitle = "Anora",
            SpoilerNote = "Spoilers ahead",
            Outline =
            [
                new(ArticleBlockKind.Headline, "Anora Review: Teeth"), new(ArticleBlockKind.Paragraph, "Spoilers ahead"),
                new(ArticleBlockKind.Paragraph, "First paragraph."), new(ArticleBlockKind.Heading, "What Is It About?"), new(ArticleBlockKind.Paragraph, "Second."),
            ],
        };
        Assert.Equal("First paragraph.\n\n## What Is It About?\n\nSecond.", DraftText.Body(article));
        Assert.Equal("Anora Review: Teeth", DraftText.Headline(article));
        Assert.Equal("Review: Anora", DraftText.Headline(article with { Outline = [] }));
    }
}

/// <summary>The draft headline of every real sample article: its own title or "Review: Film", never a dateline.</summary>
public class DraftHeadlineTests
{
    public static TheoryData<string> Slugs() => [.. SampleArticles.Slugs()];

    [Theory]
    [MemberData(nameof(Slugs))]
    public void A_draft_headline_is_never_a_dateline(string slug)
    {
        var article = ArticleParser.ParseText(SampleArticles.Text(slug), TestContext.Current.CancellationToken);
        var headline = DraftText.Headline(article);
        Assert.False(string.IsNullOrWhiteSpace(headline));
        Assert.True(!DateText.FindAll(headline).Any(), $"headline: {headline}");
    }
}

using System.IO.Compression;
using System.Text;
using Marquee.Import.Articles;

namespace Marquee.Import.Tests.Articles;

/// <summary>
/// The worst shapes an upload can take answer at once, refused by name or read in time, and real pages stay inside the
/// limits. The timeouts only guard against a hang; no test measures time.
/// </summary>
public class ArticleLimitTests
{
    private const int HangGuard = 180_000;

    // Tests of a structural limit read without the time budget: on a busy machine the budget could run out first and
    // the refusal would name the time instead of the limit under test.
    private static readonly TimeSpan NoTimeBudget = Timeout.InfiniteTimeSpan;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    /// <summary>Pages of at most 2 MB, each past one limit; the expected words name the limit.</summary>
    public static TheoryData<string, string> RefusedPages() => new()
    {
        { "nested 400,000 deep", "nested more than 512 deep" },
        { "200,000 attributes on one element", "more than 1,000 attributes" },
        { "500,000 tiny elements", "more than 50,000 elements" },
        { "misnested tables, links and paragraphs", "more than 50,000 elements" },
        { "formatting reopened in every paragraph", "nested more than 512 deep" },
    };

    public static string Page(string shape) => "<title>Pathological</title>" + shape switch
    {
        "nested 400,000 deep" => Repeat("<div>", 400_000) + "text",
        "200,000 attributes on one element" => "<div " + string.Join(' ', Enumerable.Range(0, 200_000).Select(i => $"a{i}")) + ">text</div>",
        "500,000 tiny elements" => Repeat("<p>", 500_000),
        // Each <a> inside a table's paragraph sends the parser through the adoption agency algorithm.
        "misnested tables, links and paragraphs" => Repeat("<table><a><p><a>x</table>", 60_000),
        // Each </p> leaves its <b> open in the list of formatting elements, to be reopened, one more each time.
        "formatting reopened in every paragraph" => string.Concat(Enumerable.Range(0, 60_000).Select(i => $"<p><b id={i}>x</p>")),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    [Theory(Timeout = HangGuard)]
    [MemberData(nameof(RefusedPages))]
    public async Task A_page_past_a_limit_is_refused_naming_it(string shape, string limit)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = Page(shape);
        var refused = await Assert.ThrowsAsync<ArticleTooComplexException>(() => Task.Run(() => ArticleParser.ParseHtml(page, null, NoTimeBudget, ct), ct));
        Assert.Contains(limit, refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Text that used to take minutes: every line reaches the text rules.</summary>
    public static TheoryData<string> HardTexts() =>
    [
        "a 2 MB line of capitals",
        "a 1 MB line of 'as' credits",
        "a 1 MB line of possessives",
        "a 1 MB line of punctuation",
        "500,000 short lines",
        "quotes nested 1,500 deep, Markdown style",
        "a list nested 2,000 deep, Markdown style",
        "1,000,000 opening brackets",
    ];

    private static string Text(string shape) => "Anora review\n\n" + shape switch
    {
        "a 2 MB line of capitals" => new string('A', 2_000_000),
        "a 1 MB line of 'as' credits" => Repeat("Aa as ", 170_000),
        "a 1 MB line of possessives" => Repeat("Anna's Bob ", 90_000),
        "a 1 MB line of punctuation" => Repeat("!?.,;:-", 150_000),
        "500,000 short lines" => Repeat("a\n", 500_000),
        "quotes nested 1,500 deep, Markdown style" => string.Join("\n", Enumerable.Range(1, 1_500).Select(i => Repeat("> ", i) + "quoted")),
        "a list nested 2,000 deep, Markdown style" => string.Join("\n", Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "- item")),
        "1,000,000 opening brackets" => new string('[', 1_000_000),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    } + "\n\nA closing paragraph, long enough to count as the prose of a review.";

    [Theory(Timeout = HangGuard)]
    [MemberData(nameof(HardTexts))]
    public async Task Text_of_the_worst_shapes_answers(string shape)
    {
        var ct = TestContext.Current.CancellationToken;
        var text = Text(shape);
        var read = await Task.Run(() => Answer(() => ArticleParser.ParseText(text, ct)), ct);
        // A busy machine may take longer than the budget; then the answer is the budget's refusal.
        Assert.True(read is ExtractedArticle || read is ArticleTooComplexException { Message: var m } && m.Contains("longer than", StringComparison.Ordinal), $"{read}");
    }

    private static object Answer(Func<ExtractedArticle> read)
    {
        try
        {
            return read();
        }
        catch (ArticleTooComplexException e)
        {
            return e;
        }
    }

    [Fact(Timeout = HangGuard)]
    public async Task An_article_naming_thousands_of_people_is_refused_naming_the_limit()
    {
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(1);
        string Name() => string.Concat(Enumerable.Range(0, 3).Select(_ => "bcdfghklmnprstvz"[random.Next(16)] + "aeiou"[random.Next(5)].ToString())) is var n ? char.ToUpperInvariant(n[0]) + n[1..] : "";
        var text = "Anora review\n\n" + string.Join(". ", Enumerable.Range(0, 30_000).Select(_ => $"{Name()} {Name()} plays well"));
        var refused = await Assert.ThrowsAsync<ArticleTooComplexException>(() => Task.Run(() => ArticleParser.ParseText(text, NoTimeBudget, ct), ct));
        Assert.Contains("more than 1,000 people", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callers_cancellation_stops_the_reading()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.ParseText(SampleArticles.Text("anora-collider-2024"), left.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.ParseHtml("<html><body><h1>Anora review</h1><p>Words.</p></body></html>", null, left.Token));
    }

    [Fact]
    public void Reading_past_the_time_budget_is_refused_naming_it()
    {
        var refused = Assert.Throws<ArticleTooComplexException>(() => ArticleParser.ParseText(SampleArticles.Text("anora-collider-2024"), TimeSpan.Zero, Ct));
        Assert.Contains("took longer than 0 s", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArticleTooComplexException>(() => ArticleParser.ParseHtml("<html><body><h1>Anora review</h1></body></html>", null, TimeSpan.Zero, Ct));
    }

    [Fact]
    public void The_real_sample_articles_are_read_within_the_limits()
    {
        foreach (var slug in SampleArticles.Slugs())
        {
            var article = ArticleParser.ParseText(SampleArticles.Text(slug), NoTimeBudget, Ct);
            Assert.True(article.Warnings.Count == 0, $"{slug}: {string.Join("; ", article.Warnings)}");
        }
    }

    [Fact]
    public void Real_news_pages_are_far_inside_the_markup_limits()
    {
        var pages = Directory.GetFiles(SampleArticles.ExtractionBenchmark, "*.html.gz");
        Assert.True(pages.Length > 100, SampleArticles.ExtractionBenchmark);
        foreach (var file in pages)
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            var html = new StreamReader(gzip).ReadToEnd();
            // Every one stays small enough for SmartReader to pick out its article.
            var (_, elements) = BoundedHtml.Parse(html, Ct);
            Assert.True(elements <= ArticleLimits.MainContentElements, $"{Path.GetFileName(file)}: {elements} elements");
        }
    }
}

using Marquee.Import.Articles;

namespace Marquee.Import.Tests.Articles;

public class BadInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Empty_input_gives_an_empty_honest_result(string? text)
    {
        var a = ArticleParser.ParseText(text, TestContext.Current.CancellationToken);
        Assert.Null(a.FilmTitle);
        Assert.Null(a.Score);
        Assert.Empty(a.Credits);
        Assert.NotEmpty(a.Warnings);
        Assert.NotEmpty(ArticleParser.ParseHtml(text, null, TestContext.Current.CancellationToken).Warnings);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var a = ArticleParser.ParseText(System.Text.Encoding.Latin1.GetString(bytes) + "\0\0\0\0", TestContext.Current.CancellationToken);
        Assert.Contains(a.Warnings, w => w.Contains("binary", StringComparison.Ordinal));
        Assert.Empty(a.People);
    }

    [Fact]
    public void Invalid_utf8_decoded_with_replacement_characters_does_not_crash()
    {
        var text = System.Text.Encoding.UTF8.GetString([0x41, 0x6E, 0x6F, 0x72, 0x61, 0xC3, 0x28, 0xFF, 0xFE, 0x0A, 0x41]);
        var a = ArticleParser.ParseText(text, TestContext.Current.CancellationToken);
        Assert.NotNull(a);
    }

    [Fact]
    public void A_huge_file_is_cut_to_size_and_still_parsed()
    {
        var paragraph = "Vanya Zakharov (Mark Eidelstein) comes to the club. It is a long night for everyone involved in this story.\n\n";
        var text = "Anora (2024) Review\n\n" + string.Concat(Enumerable.Repeat(paragraph, 20_000_000 / paragraph.Length));
        var a = ArticleParser.ParseText(text, TestContext.Current.CancellationToken);
        Assert.Contains(a.Warnings, w => w.Contains("cut", StringComparison.Ordinal));
        Assert.Equal("Anora", a.FilmTitle);
        Assert.Contains(a.Credits, c => c.Person == "Mark Eidelstein");
    }

    [Fact]
    public void An_article_about_no_film_names_no_credits_or_score()
    {
        var a = ArticleParser.ParseText("Ten tips for a tidy kitchen\n\nWipe the counters daily. Keep knives sharp and stored safely. Rinse the sink after every use.", TestContext.Current.CancellationToken);
        Assert.Empty(a.Credits);
        Assert.Null(a.Score);
        Assert.False(a.HasSpoilerWarning);
    }
}

using Marquee.Import.Articles;

namespace Marquee.Import.Tests.Articles;

public class TextRuleTests
{
    [Theory]
    [InlineData(" date 2024-11-02 Editor's note: The following contains spoilers for 'Anora'Sean Baker has spent his career.", "2024-11-02")]
    [InlineData("Monday, January 10, 2011\n\nMe & Orson Wells (2010)", "2011-01-10")]
    [InlineData("Published: 2 November 2024", "2024-11-02")]
    [InlineData("Posted on Nov. 2, 2024", "2024-11-02")]
    [InlineData("By Jane Smith | November 2nd, 2024", "2024-11-02")]
    [InlineData("November 2, 2024\nThe film opens.", "2024-11-02")]
    [InlineData("Updated: March 3, 2025\nPublished: March 1, 2025", "2025-03-01")]
    public void Finds_the_publication_date(string text, string expected)
    {
        var lines = ArticleRules.Lines(text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublicationDateFinder.Find(lines, new HashSet<int>()));
    }

    [Theory]
    [InlineData("Release Date October 18, 2024 Director Sean Baker Cast Mikey Madison Runtime 139 Minutes")]
    [InlineData("Released 30 Sep 2011")]
    [InlineData("Release Date\nOctober 18, 2024")]
    [InlineData("In theaters October 18, 2024.")]
    [InlineData("- 16 hours ago")]
    [InlineData("It is set in 1970 and was shot in 2023.")]
    [InlineData("Theatrical: September 9, 2022")]
    public void Release_dates_and_relative_dates_are_not_publication_dates(string text)
    {
        var lines = ArticleRules.Lines(text);
        var card = InfoCard.Read(lines, text);
        Assert.Null(PublicationDateFinder.Find(lines, card.LineIndexes));
    }

    [Theory]
    [InlineData("Release Date October 18, 2024 Director Sean Baker Cast Mikey Madison , Mark Eydelshteyn Runtime 139 Minutes Expand", 139, "2024-10-18")]
    [InlineData("Runtime: 133 minutes", 133, null)]
    [InlineData("Running time: 2h 19m", 139, null)]
    [InlineData("Runtime: 1 hr 55 min", 115, null)]
    [InlineData("Released 30 Sep 2011", null, "2011-09-30")]
    [InlineData("Release Dates: San Diego Comic Con: July 22, 2022; FrightFest: August 29, 2022 (UK); Theatrical: September 9, 2022", null, "2022-09-09")]
    [InlineData("Release Date: 18 October 2024", null, "2024-10-18")]
    public void Reads_runtime_and_release_date_from_the_card(string text, int? minutes, string? release)
    {
        var card = InfoCard.Read(ArticleRules.Lines(text), text);
        Assert.Equal(minutes, card.RuntimeMinutes);
        Assert.Equal(release, card.ReleaseDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Poor Things (MA) - 141 minutes\n\nImagine you have been pieced together, reborn from an unlikely construct.", 141)]
    [InlineData("• 113 min\n\nA decent but unspectacular war crimes tale is elevated by its cast.", 113)]
    [InlineData("The film has a runtime of 2 hours and 19 minutes, and it flies by.", 139)]
    [InlineData("The first 20 minutes are slow, but the remaining two hours and more are gripping for everyone involved.", null)]
    public void Reads_runtime_from_short_lines_or_labelled_prose(string text, int? minutes) =>
        Assert.Equal(minutes, ArticleParser.ParseText(text, TestContext.Current.CancellationToken).RuntimeMinutes);

    [Theory]
    [InlineData("Director: Alexander Payne\nCast: Paul Giamatti, Da’Vine Joy Randolph, Dominic Sessa", "Alexander Payne", "Paul Giamatti|Da’Vine Joy Randolph|Dominic Sessa")]
    [InlineData("Directed by: David Fincher\nStarring: Ben Affleck, Rosamund Pike, Carrie Coon and Tyler Perry", "David Fincher", "Ben Affleck|Rosamund Pike|Carrie Coon|Tyler Perry")]
    [InlineData("Written & Directed by: Zach Cregger", "Zach Cregger", "")]
    [InlineData("Directors: Daniel Kwan & Daniel Scheinert", "Daniel Kwan|Daniel Scheinert", "")]
    [InlineData("Cast:\nKirsten Dunst\nCharlotte Gainsbourg\n\nThe film is beautiful.", "", "Kirsten Dunst|Charlotte Gainsbourg")]
    public void Reads_directors_and_cast_lists_in_order(string text, string directors, string cast)
    {
        var card = InfoCard.Read(ArticleRules.Lines(text), text);
        Assert.Equal(directors.Split('|', StringSplitOptions.RemoveEmptyEntries), card.Directors);
        Assert.Equal(cast.Split('|', StringSplitOptions.RemoveEmptyEntries), card.Cast);
    }

    [Theory]
    [InlineData("Making an audacious leap to first-time director of a feature film, Jordan Peele clobbered a grand slam.", "Jordan Peele")]
    [InlineData("I was excited to see how Richard Linklater would direct this story.", "Richard Linklater")]
    [InlineData("The film is directed by Greta Gerwig and it shows.", "Greta Gerwig")]
    [InlineData("Director Alexander Payne’s Oscar-nominated dramedy is now in theatres.", "Alexander Payne")]
    public void Finds_directors_named_in_prose(string text, string director) =>
        Assert.Contains(director, ArticleParser.ParseText("Some Film\n\n" + text, TestContext.Current.CancellationToken).Directors);

    [Theory]
    [InlineData("Close", BoilerplateKind.Control)]
    [InlineData("Expand", BoilerplateKind.Control)]
    [InlineData("top of page", BoilerplateKind.Control)]
    [InlineData("Related Film", BoilerplateKind.Control)]
    [InlineData("Official Site:", BoilerplateKind.Control)]
    [InlineData("Image via Neon", BoilerplateKind.ImageCredit)]
    [InlineData("Photo: A24", BoilerplateKind.ImageCredit)]
    [InlineData("Courtesy of Searchlight Pictures", BoilerplateKind.ImageCredit)]
    [InlineData("Anora is in select theaters now. Click below for showtimes.", BoilerplateKind.Showtimes)]
    [InlineData("Share this post", BoilerplateKind.Share)]
    [InlineData("Share on Facebook", BoilerplateKind.Share)]
    [InlineData("Sign up for our weekly newsletter", BoilerplateKind.Newsletter)]
    [InlineData("No comments:", BoilerplateKind.Comments)]
    [InlineData("Post a Comment", BoilerplateKind.Comments)]
    [InlineData("Add a comment", BoilerplateKind.Comments)]
    [InlineData("Showing 1-1 of 1", BoilerplateKind.Comments)]
    [InlineData("We have the right to remove any comments that go against our policy.", BoilerplateKind.Comments)]
    [InlineData("Arts + Music » Arts + Culture", BoilerplateKind.Navigation)]
    [InlineData("Home > Reviews > Anora", BoilerplateKind.Navigation)]
    [InlineData("- 5 min read", BoilerplateKind.ReadTime)]
    [InlineData("- 16 hours ago", BoilerplateKind.ReadTime)]
    [InlineData("By Jane Smith", BoilerplateKind.Byline)]
    [InlineData("• Writer's pictureAlex First", BoilerplateKind.Byline)]
    [InlineData("xxx - Deprecated in favor of GTM, above.", BoilerplateKind.SiteFurniture)]
    [InlineData("Sean Baker has spent his career making low-budget films.", BoilerplateKind.None)]
    [InlineData("What Is ‘Anora’ About?", BoilerplateKind.None)]
    [InlineData("The closing scene is devastating.", BoilerplateKind.None)]
    [InlineData("Director: Lars von Trier", BoilerplateKind.None)]
    [InlineData("Share the love, the film says.", BoilerplateKind.None)]
    public void Classifies_page_furniture(string line, BoilerplateKind kind) =>
        Assert.Equal(kind, Boilerplate.Classify(ArticleRules.Lines(line)[0], nearTop: true).Kind);

    [Fact]
    public void Image_credits_keep_the_credited_name()
    {
        var article = ArticleParser.ParseText("Anora review\n\nA paragraph about the film that is long enough to count.\n\nImage via Neon\n\nClose", TestContext.Current.CancellationToken);
        Assert.Equal(["Neon"], article.ImageCredits);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Image via", StringComparison.Ordinal) || p == "Close");
    }

    [Theory]
    [InlineData("Editor's note: The following contains spoilers for 'Anora'", true)]
    [InlineData("THE FOLLOWING REVIEW CONTAINS SPOILERS OF THE DISCUSSED FILM.", true)]
    [InlineData("There are many, many spoilers in this review.", true)]
    [InlineData("Spoilers ahead!", true)]
    [InlineData("Spoiler alert: the dog lives.", true)]
    [InlineData("Warning: major spoilers below.", true)]
    [InlineData("[Spoilers]", true)]
    [InlineData("This review is spoiler-free.", false)]
    [InlineData("No spoilers here, I promise.", false)]
    [InlineData("I'll keep this review free of spoilers.", false)]
    [InlineData("Without spoiling anything, the ending lands.", false)]
    [InlineData("Note on Spoilers: I will try to avoid ruining a story by going into too much detail.", false)]
    [InlineData("But if I wish to include some revealing points I will add a separate spoiler paragraph.", false)]
    [InlineData("Go in knowing as little as possible.", false)]
    [InlineData("This review does not contain spoilers.", false)]
    [InlineData("Our spoiler policy: we never reveal endings.", false)]
    public void Recognises_explicit_spoiler_warnings(string text, bool warns) =>
        Assert.Equal(warns, ArticleParser.ParseText("Some Film\n\n" + text, TestContext.Current.CancellationToken).HasSpoilerWarning);

    [Theory]
    [InlineData("Conclave (2024) Review\n- Julio Ramirez", "Conclave")]
    [InlineData("The Holdovers Review: Give it Up for Paul Giamatti\n\nText.", "The Holdovers")]
    [InlineData("‘Knives Out’ Star Daniel Craig Is at His Absolute Best (Review)\n\nNow the gods imparted Knives Out, a whodunit.", "Knives Out")]
    [InlineData("Poor Things (MA) - 141 minutes\n\nText.", "Poor Things")]
    [InlineData("Gone Girl\nDirected by: David Fincher\nThere are many spoilers in this review.\nAmy is on “Missing” posters. Missing White Woman.", "Gone Girl")]
    [InlineData(" date 2024-11-02 Editor's note: The following contains spoilers for 'Anora'Sean Baker has spent his career.", "Anora")]
    [InlineData("Saltburn divides.\n\nViewers love it. I highly recommend Saltburn. Saltburn is great.", "Saltburn")]
    [InlineData("Film Review: Past Lives\n\nA quiet film.", "Past Lives")]
    public void Finds_the_film_title(string text, string title) => Assert.Equal(title, ArticleParser.ParseText(text, TestContext.Current.CancellationToken).FilmTitle);
}

namespace Marquee.Import.Articles;

/// <summary>
/// The bounds an article is read within. Real review pages nest a few dozen elements deep, hold a few thousand elements
/// and name a few dozen people; past these limits an article is refused, naming the limit, before the work that grows
/// faster than the input starts.
/// </summary>
public static class ArticleLimits
{
    /// <summary>Elements inside one another. Chromium's parser stops nesting at 512 too.</summary>
    public const int Depth = 512;

    /// <summary>Elements in one page, counting those the parser adds to repair misnested markup.</summary>
    public const int Elements = 50_000;

    public const int AttributesPerElement = 1_000;

    /// <summary>
    /// SmartReader's work grows with the square of the page, so a page with more elements than this is read whole
    /// (its main text is not picked out). The largest of 181 real news pages measured has 1,596.
    /// </summary>
    public const int MainContentElements = 5_000;

    /// <summary>Distinct people (or credits) one article names; name matching compares them in pairs.</summary>
    public const int People = 1_000;

    /// <summary>Sentences longer than this are read in pieces: the text rules look around every match in a sentence.</summary>
    public const int SentenceLength = 3_000;

    /// <summary>
    /// A backstop for shapes the limits above do not foresee. Within the limits a worst case reads in about 4 s here;
    /// the margin keeps an ordinary article on a busy server from being refused for the server's load.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(30);
}

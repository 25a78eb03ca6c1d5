using Marquee.Import.Articles;

namespace Marquee.Import.Tests.Articles;

/// <summary>Runs one rule over a snippet the way the parser does.</summary>
internal static class ArticleRules
{
    public static List<ArticleLine> Lines(string text) => ArticleText.Lines(ArticleText.Clean(text));

    /// <summary>Pairs in a snippet read as part of a film review (bare "Name (Name)" needs that context).</summary>
    public static List<ExtractedCredit> CreditsInReview(string text, params string[] cast) => Credits("A film review.\n\n" + text, cast);

    public static List<ExtractedCredit> Credits(string text, params string[] cast)
    {
        var lines = Lines(text);
        var card = InfoCard.Read(lines, text);
        foreach (var name in cast) card.AddCast(name);
        var prose = lines.Where(l => !card.LineIndexes.Contains(l.Index)).Select(l => l.Text);
        return CreditFinder.Find(prose, card, null, text);
    }
}

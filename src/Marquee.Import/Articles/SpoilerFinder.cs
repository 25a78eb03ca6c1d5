using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>
/// An explicit warning that the piece contains spoilers. "Spoiler-free", "no spoilers", a blog's standing spoiler
/// policy and "go in knowing nothing" advice are not warnings.
/// </summary>
public static partial class SpoilerFinder
{
    [GeneratedRegex(@"\bspoilers?\b|\bspoilery\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\b(?:contains?|containing|ahead|alert|warning|follows?|following|many|major|heavy|mild|minor|some|full|plenty|lots|discuss(?:es|ed|ing)?|below|include[sd]?|includes|filled|laden|abound|throughout)\b|^\W*spoilers?\W*$|\[spoilers?\]|\(spoilers?\)", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"spoiler[- ]?free|\bno\s+(?:major\s+|real\s+|big\s+)?spoilers|\bwithout\s+(?:any\s+)?(?:major\s+)?spoil|\bavoid\w*\b|\bfree\s+of\s+spoilers|\b(?:won['’]?t|will\s+not|don['’]?t|do\s+not|doesn['’]?t|does\s+not|not|never)\s+(?:\w+\s+){0,2}spoil|\bnot\s+(?:contain|include|have)\b|\bif\b|\bwill\s+try\b|\btry\s+to\b|\bpolicy\b|\bnote\s+on\s+spoilers\b|\bseparate\b|\bunless\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    /// <summary>The warning sentence, or null when the article has none.</summary>
    public static string? FindWarning(IEnumerable<ArticleLine> lines)
    {
        foreach (var line in lines)
        {
            if (!Mention().IsMatch(line.Text)) continue;
            foreach (var sentence in ArticleText.Sentences(line.Text))
            {
                if (!Mention().IsMatch(sentence) || Negative().IsMatch(sentence)) continue;
                if (Positive().IsMatch(sentence)) return sentence.Trim();
            }
        }
        return null;
    }
}

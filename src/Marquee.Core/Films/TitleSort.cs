using System.Text.RegularExpressions;
using Marquee.Core.Text;

namespace Marquee.Core.Films;

/// <summary>The key films sort by, as catalogues do: the folded title (<see cref="TextFold"/>) with a leading article set aside ("The Shining" under S).</summary>
public static partial class TitleSort
{
    // Matched before folding, which would join "L'Avventura" into one word.
    [GeneratedRegex(@"^\s*(?:(?:the|an?|les?|la|el|los|las|il|der|die|das)\s+|l['’])(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    public static string KeyFor(string title)
    {
        var folded = TextFold.Words(LeadingArticle().Replace(title, "", 1));
        return folded.Length > 0 ? folded : TextFold.Words(title);
    }
}

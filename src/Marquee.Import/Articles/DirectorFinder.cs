using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>Directors the prose labels as such: "directed by X", "director X", "X would direct", "writer-director X".</summary>
public static partial class DirectorFinder
{
    [GeneratedRegex(@"\b(?:directed\s+by|(?:writer[-/])?director(?:\s+of\s+[^,.;]{1,40},)?|helmed\s+by|filmmaker)\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeName();

    [GeneratedRegex(@"\s+(?:(?:would|will|to|also|both|once\s+again)\s+)?(?:(?:wrote|writes|produced)\s+(?:as\s+well\s+as|and)\s+)?(?:directs|directed|direct)\b")]
    private static partial Regex AfterName();

    public static IEnumerable<string> Find(IEnumerable<string> paragraphs, IReadOnlyList<string> people)
    {
        foreach (var s in paragraphs.SelectMany(ArticleText.Sentences))
        {
            foreach (Match m in BeforeName().Matches(s))
            {
                var name = NameSpans.SpanAfter(s, m.Index + m.Length);
                if (NameSpans.IsPersonLike(name)) yield return name;
            }
            foreach (Match m in AfterName().Matches(s))
            {
                var name = NameSpans.SpanBefore(s, m.Index);
                if (m.Index > 0 && s[m.Index - 1] == ')') continue;
                if (NameSpans.IsPersonLike(name)) yield return name;
                else if (NameSpans.IsSingleName(name) && people.FirstOrDefault(p => p.EndsWith(" " + name, StringComparison.Ordinal)) is { } full)
                    yield return full; // "Peele wrote as well as directed" → "Jordan Peele"
            }
        }
    }
}

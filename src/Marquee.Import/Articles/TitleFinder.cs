using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>
/// The reviewed film's title as the article writes it, from the strongest signal present: "Title (2024)",
/// "Title Review", a quoted title in the headline or spoiler note, a short headline, or the headline's
/// capitalised words that the body repeats most.
/// </summary>
public static partial class TitleFinder
{
    [GeneratedRegex(@"^(?:review:\s*)?(?<t>[^()]{1,80}?)\s*\((?:19|20)\d{2}\)(?:\s*(?:film\s+|movie\s+)?review\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWithYear();

    [GeneratedRegex(@"^(?:(?:film|movie)\s+review\s*[:\-–—|]\s*(?<t>.{1,80})|(?<t>\p{Lu}.{0,79}?)\s+(?:\(\d{4}\)\s*)?(?:film\s+|movie\s+)?review\s*(?:[:\-–—|].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleReview();

    [GeneratedRegex(@"[‘“""'](?<t>\p{Lu}[^‘’“”""]{0,60}?)[’”""'](?![\p{L}])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(?<t>[^()]{1,80}?)\s*\((?:G|PG|PG-13|R|NC-17|M|MA|MA15\+|U|12A?|15|18|R18|TV-MA|A|UA)\)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWithRating();

    [GeneratedRegex(@"\bspoilers?\s+(?:for|of|about|in)\s+[‘“""'](?<t>[^‘’“”""]{1,80})[’”""']", RegexOptions.IgnoreCase)]
    private static partial Regex SpoilersFor();

    private static readonly HashSet<string> SmallWords = new(["of", "the", "a", "an", "and", "at", "in", "on", "to", "for", "&", "or", "vs", "vs."], StringComparer.OrdinalIgnoreCase);

    public static string? Find(IReadOnlyList<ArticleLine> content, string body)
    {
        var head = content.Take(6).ToList();
        foreach (var line in head.Where(l => !l.Bulleted))
            if (TitleWithYear().Match(line.Text) is { Success: true } m && Clean(m.Groups["t"].Value) is { Length: > 0 } t) return t;
        foreach (var line in head)
            if (TitleReview().Match(line.Text) is { Success: true } m && Clean(m.Groups["t"].Value) is { Length: > 0 } t && t.Split(' ').Length <= 10) return t;
        foreach (var line in content)
            if (SpoilersFor().Match(line.Text) is { Success: true } m) return Clean(m.Groups["t"].Value);
        foreach (var line in head.Take(1))
            if (Quoted().Match(line.Text) is { Success: true } m && Count(body, m.Groups["t"].Value) >= 2) return Clean(m.Groups["t"].Value);
        foreach (var line in head.Take(3))
            if (TitleWithRating().Match(line.Text) is { Success: true } m) return Clean(m.Groups["t"].Value);
        var first = content.FirstOrDefault(l => !DateText.IsDateline(l.Text));
        if (first is null) return null;
        if (LooksLikeTitle(first.Text)) return Clean(first.Text);
        return MostRepeatedSpan([first.Text], body);
    }

    private static bool LooksLikeTitle(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || line.EndsWith('.') || line.Contains(':', StringComparison.Ordinal)) return false;
        return words.All(w => SmallWords.Contains(w) || !char.IsLetter(w[0]) || char.IsUpper(w[0]));
    }

    // "Dreamlike Melancholia beautiful, problematic" → "Melancholia": the capitalised run the article repeats most.
    private static string? MostRepeatedSpan(IEnumerable<string> lines, string body)
    {
        string? best = null;
        var bestCount = 1;
        foreach (var line in lines)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ':', ';', '!', '?', '‘', '’', '“', '”', '"')).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i].Length == 0 || !char.IsUpper(words[i][0]) || NameSpans.IsStopWord(words[i])) continue;
                for (var j = i; j < words.Length && (j == i || char.IsUpper(words[j][0]) || SmallWords.Contains(words[j])); j++)
                {
                    if (words[j].Length == 0 || !char.IsUpper(words[j][0])) continue;
                    var span = string.Join(' ', words[i..(j + 1)]);
                    var count = Count(body, span);
                    if (count > bestCount || count == bestCount && best is not null && span.Length > best.Length && count > 1) (best, bestCount) = (span, count);
                }
            }
        }
        return best;
    }

    private static int Count(string body, string span) =>
        Regex.Count(body, @"(?<![\p{L}])" + Regex.Escape(span) + @"(?![\p{L}])");

    private static string Clean(string title) => title.Trim().Trim('‘', '’', '“', '”', '"', '\'', ' ', ':', '-', '–', '—');
}

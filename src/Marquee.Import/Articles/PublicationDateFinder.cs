using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>The date an article was published: a "date"/"Published" label, a date line of its own, or a byline date; never a release date.</summary>
public static partial class PublicationDateFinder
{
    [GeneratedRegex(@"^(?:(?:first\s+)?published|posted|date|dated|last\s+updated|updated)\s*(?:on|:)?\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\w*,?\s+)?(?<d>" + DateText.Pattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<d>" + DateText.Pattern + @")(?:\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"^by\s|[|·•]|\b(?:published|posted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BylineCue();

    [GeneratedRegex(@"\b(?:release[sd]?|theat(?:er|re)s?|theatrical|cinemas?|premieres?d?|festival|opens|opening|streaming|dvd|blu-?ray|available|comic\s+con|in\s+select|out\s+now|born|died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseCue();

    public static DateOnly? Find(IReadOnlyList<ArticleLine> lines, ISet<int> cardLines)
    {
        DateOnly? updated = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (cardLines.Contains(i) || ReleaseCue().IsMatch(text)) continue;
            if (i > 0 && ReleaseCue().IsMatch(lines[i - 1].Text) && lines[i - 1].WordCount <= 3) continue; // "Release Date" on the line above
            if (Labelled().Match(text) is { Success: true } labelled && DateText.TryParse(labelled.Groups["d"].Value, out var date))
            {
                if (text.Contains("updated", StringComparison.OrdinalIgnoreCase)) { updated ??= date; continue; }
                return date;
            }
            if (DateOnlyLine().Match(text) is { Success: true } alone && DateText.TryParse(alone.Groups["d"].Value, out date)) return date;
            if (lines[i].WordCount <= 16 && BylineCue().IsMatch(text))
                foreach (var (_, d) in DateText.FindAll(text)) return d;
        }
        return updated;
    }
}

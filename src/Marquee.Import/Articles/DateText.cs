using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>Dates and durations as articles write them: "October 18, 2024", "30 Sep 2011", "2024-11-02", "2h 19m".</summary>
public static partial class DateText
{
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    public const string Pattern = @"(?:\d{4}-\d{2}-\d{2}|" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+\d{4})";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?<=\d)(?:st|nd|rd|th)|\bof\b|[.,]", RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\b(?:(?<h>\d)\s*(?:hours?|hrs|hr|h)\b\.?\s*(?:(?:and\s+)?(?<m>\d{1,2})\s*(?:minutes?|mins|min|m)\b\.?)?|(?<mm>\d{2,3})\s*(?:-\s*)?(?:min|mins|minutes?)\b\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    private static readonly string[] Formats = ["yyyy-MM-dd", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM dd yyyy", "dd MMMM yyyy"];

    public static IEnumerable<(int Index, DateOnly Date)> FindAll(string text)
    {
        foreach (Match m in AnyDate().Matches(text))
            if (TryParse(m.Value, out var date)) yield return (m.Index, date);
    }

    /// <summary>A short line that carries a date, such as a dateline ("Sunday, March 3, 2024", "date 2024-11-02"): never a title.</summary>
    public static bool IsDateline(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && FindAll(line).Any();

    public static bool TryParse(string text, out DateOnly date)
    {
        var s = Noise().Replace(text, " ").Trim();
        s = Regex.Replace(s, @"\s+", " ");
        s = Regex.Replace(s, @"\bSept\b", "Sep", RegexOptions.IgnoreCase);
        return DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
            && date.Year is >= 1880 and <= 2100;
    }

    /// <summary>The first duration in the text in minutes ("139 Minutes", "2h 19m", "113 min"), if plausible for a film.</summary>
    public static int? FindMinutes(string text)
    {
        foreach (Match m in Duration().Matches(text))
        {
            var minutes = m.Groups["mm"].Success
                ? int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture)
                : int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) * 60
                  + (m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0);
            if (minutes is >= 40 and <= 400) return minutes;
        }
        return null;
    }
}

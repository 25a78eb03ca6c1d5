using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Core.Scores;

public sealed partial record Score
{
    private const string Number = @"\d{1,3}(?:[.,]\d{1,2})?\s?½?|½";

    [GeneratedRegex(@"^(?:(?:final|overall|my|our)\s+)?(?:grade|rating|score|verdict|rated)\s*[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^[A-Fa-f]\s?[+\-−–]?$")]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^[★☆✩✭⭐½\s]+$")]
    private static partial Regex StarGlyphs();

    [GeneratedRegex(@"^(?<v>" + Number + @")\s*(?:/|\s|\bout\s+of\b|\bof\b)\s*(?<m>\d{1,3})(?:\s*(?:stars?|points?))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ValueOutOf();

    [GeneratedRegex(@"^(?<v>" + Number + @")\s*[- ]?\s*stars?(?:\s*(?:/|\bout\s+of\b|\bof\b)\s*(?<m>\d{1,3}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ValueStars();

    [GeneratedRegex(@"^(?<v>\d{1,3})\s*%$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten)(\s+and\s+a\s+half)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>
    /// Reads a score the way sites print it: "9/10", "9 10", "8 out of 10", "4/5", "3.5 stars", "★★★½",
    /// "B+", "Grade: B+", "A−", "85/100", "five-star". Out-of-scale values get an error saying why.
    /// </summary>
    public static ScoreParseResult Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return ScoreParseResult.Fail("no score given");
        var text = raw.Trim().TrimEnd('.', '!', ';', ',').Trim();
        text = LabelPrefix().Replace(text, "").Trim();
        if (text.Length == 0) return ScoreParseResult.Fail("no score after the label");
        if (text.Length > 40) return ScoreParseResult.Fail("too long to be a score");

        if (LetterPattern().IsMatch(text)) return FromGrade(text.Replace(" ", "", StringComparison.Ordinal), raw);
        if (StarGlyphs().IsMatch(text)) return FromStars(text, raw);

        text = NumberWord().Replace(text, m =>
            Array.IndexOf(Words, m.Groups[1].Value.ToLowerInvariant()) + (m.Groups[2].Success ? ".5" : ""));

        if (ValueOutOf().Match(text) is { Success: true } outOf)
            return FromNumbers(outOf.Groups["v"].Value, outOf.Groups["m"].Value, raw);
        if (ValueStars().Match(text) is { Success: true } stars)
            return FromNumbers(stars.Groups["v"].Value, stars.Groups["m"].Success ? stars.Groups["m"].Value : "5", raw);
        if (Percent().Match(text) is { Success: true } percent)
            return FromNumbers(percent.Groups["v"].Value, "100", raw);
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            return ScoreParseResult.Fail($"'{raw.Trim()}' has no scale: write it as 8/10, 4/5 or a letter");
        return ScoreParseResult.Fail($"'{raw.Trim()}' is not a score");
    }

    public static bool TryParse(string? raw, out Score? score, out string? error)
    {
        var result = Parse(raw);
        (score, error) = (result.Score, result.Error);
        return result.Success;
    }

    public static bool TryParse(string? raw, out Score? score) => TryParse(raw, out score, out _);

    private static ScoreParseResult FromNumbers(string value, string maximum, string raw)
    {
        var max = decimal.Parse(maximum, CultureInfo.InvariantCulture);
        if (ScoreScales.FromMaximum(max) is not ScoreScale scale)
            return ScoreParseResult.Fail($"a scale out of {maximum} is not supported (4, 5, 10 or 100)");
        return Create(ParseNumber(value), scale, raw.Trim());
    }

    private static decimal ParseNumber(string text)
    {
        var half = text.Contains('½', StringComparison.Ordinal) ? 0.5m : 0m;
        var digits = text.Replace("½", "", StringComparison.Ordinal).Replace(',', '.').Trim();
        return (digits.Length == 0 ? 0m : decimal.Parse(digits, CultureInfo.InvariantCulture)) + half;
    }

    // Filled stars count 1, "½" a half; empty stars (☆) tell the scale, else it is out of 5.
    private static ScoreParseResult FromStars(string text, string raw)
    {
        decimal full = 0, half = 0, empty = 0;
        foreach (var c in text)
        {
            if (c is '★' or '✭' or '⭐') full++;
            else if (c == '½') half++;
            else if (c is '☆' or '✩') empty++;
            else continue;
            // Filled, then the half, then empty: "★½★" is not a rating anyone prints.
            if ((half > 0 || empty > 0) && c is '★' or '✭' or '⭐' || empty > 0 && c == '½')
                return ScoreParseResult.Fail("stars out of order: filled stars come first, then a half, then empty ones");
        }
        if (half > 1) return ScoreParseResult.Fail("more than one half star");
        if (full + half == 0) return ScoreParseResult.Fail("no filled stars");
        var max = empty > 0 ? full + half + empty : 5;
        if (empty == 0 && full + half > 5) return ScoreParseResult.Fail($"{full + half / 2} stars is above the top of the 5-point scale");
        return ScoreScales.FromMaximum(max) is ScoreScale scale
            ? Create(full + half / 2, scale, raw.Trim())
            : ScoreParseResult.Fail($"a scale of {max} stars is not supported (4 or 5)");
    }
}

using System.Globalization;

namespace Marquee.Core.Scores;

public sealed partial record Score
{
    /// <summary>The longest score text a review or a reader gives.</summary>
    public const int MaxTextLength = 20;

    /// <summary>
    /// A score given on a site (a review's, a reader's): read by <see cref="Parse"/>, in the scale the writer works in
    /// when one is given, and held to the scale's steps: tenths out of 10, half stars, whole numbers out of 100.
    /// A bare number takes the given scale ("8" out of 10); bare stars ("★★★½") count on it too.
    /// </summary>
    public static ScoreParseResult ParseOnScale(string? text, ScoreScale? scale)
    {
        var raw = text?.Trim() ?? "";
        if (raw.Length is 0 or > MaxTextLength) return ScoreParseResult.Fail("Give a score such as 9/10, ★★★½, B+ or 87.");

        var read = ReadOnScale(raw, scale);
        if (read is not null && (scale is null || read.Scale == scale) && read.OnStep) return ScoreParseResult.Ok(read);
        return ScoreParseResult.Fail((scale ?? read?.Scale ?? Intended(raw)) is { } intended ? NotOn(raw, intended) : $"'{raw}' is not a score on any known scale.");
    }

    /// <summary>
    /// A score read back from its stored columns without reading the text again. Stored scores keep to their scale's
    /// steps, so the value follows exactly from the 0–100 one (a half star out of 4 is 12.5).
    /// </summary>
    public static Score Restore(string raw, ScoreScale scale, decimal normalised)
    {
        if (scale.Maximum() is int max)
        {
            var steps = scale.Facts().StepsPerPoint;
            var value = decimal.Round(normalised * max * steps / 100m) / steps / 1.0000000000000000000000000000m;
            return new Score(raw, value, null, scale, normalised);
        }
        var grade = CanonicalGrade(raw);
        if (!LetterValues.ContainsKey(grade)) grade = LetterValues.FirstOrDefault(g => g.Value == normalised).Key ?? "F";
        return new Score(raw, null, grade, scale, normalised);
    }

    private static Score? ReadOnScale(string raw, ScoreScale? scale)
    {
        var max = scale?.Maximum();
        if (max is not null && decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return Create(number, scale!.Value, raw).Score;
        var parsed = Parse(raw).Score;
        var bareStars = parsed?.Scale == ScoreScale.OutOf5 && !raw.Contains('☆', StringComparison.Ordinal) && !raw.Any(char.IsAsciiDigit);
        if (bareStars && scale is ScoreScale.OutOf4) return Create(parsed!.Value!.Value, ScoreScale.OutOf4, raw).Score;
        return parsed;
    }

    private static ScoreScale? Intended(string raw)
    {
        var slash = raw.LastIndexOf('/');
        if (slash >= 0 && decimal.TryParse(raw[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var max)) return ScoreScales.FromMaximum(max);
        if (raw.Contains('★', StringComparison.Ordinal) || raw.Contains('½', StringComparison.Ordinal)) return ScoreScale.OutOf5;
        return char.IsLetter(raw[0]) ? ScoreScale.Letter : null;
    }

    private static string NotOn(string raw, ScoreScale scale) => scale switch
    {
        ScoreScale.OutOf10 => $"'{raw}' is not a score out of 10 (0 to 10, e.g. 9/10 or 7.5/10).",
        ScoreScale.OutOf5 => $"'{raw}' is not a star rating out of 5 (whole or half stars, e.g. ★★★½).",
        ScoreScale.OutOf4 => $"'{raw}' is not a star rating out of 4 (whole or half stars, e.g. ★★★½).",
        ScoreScale.OutOf100 => $"'{raw}' is not a score from 0 to 100.",
        _ => $"'{raw}' is not a letter grade (A+ to D−, or F).",
    };
}

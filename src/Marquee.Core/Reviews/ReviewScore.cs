using System.Globalization;

namespace Marquee.Core.Reviews;

/// <summary>The scale a critic scores on; the score is kept in its own form beside a 0–100 value.</summary>
public enum ScoreScale
{
    OutOf10,
    Stars5,
    Stars4,
    Letter,
    Hundred,
}

/// <summary>
/// A critic's score read from what they wrote ("9/10", "★★★½", "B+", "87"): the text as given, its scale,
/// its value on that scale and a normalised 0–100 (linear for numbers, the house table for letters).
/// Kept apart from Marquee.Core.Scores so the two can be reconciled later.
/// </summary>
public sealed record ReviewScore(string Text, ScoreScale Scale, double Value, double Normalised)
{
    private static readonly Dictionary<string, double> Letters = new(StringComparer.Ordinal)
    {
        ["A+"] = 100, ["A"] = 100, ["A-"] = 91, ["B+"] = 83, ["B"] = 75, ["B-"] = 67, ["C+"] = 58, ["C"] = 50,
        ["C-"] = 42, ["D+"] = 33, ["D"] = 25, ["D-"] = 17, ["F"] = 0,
    };

    public double Best => Scale switch { ScoreScale.OutOf10 => 10, ScoreScale.Stars5 => 5, ScoreScale.Stars4 => 4, _ => 100 };

    /// <summary>Reads a score; the scale is inferred from the text when not given ("/10", stars, letters, "/100").</summary>
    public static bool TryParse(string? text, ScoreScale? scale, out ReviewScore? score, out string? error)
    {
        score = null;
        error = null;
        var raw = text?.Trim() ?? "";
        if (raw.Length == 0 || raw.Length > 20) { error = "Give a score such as 9/10, ★★★½, B+ or 87."; return false; }
        var kind = scale ?? Infer(raw);
        if (kind is null) { error = $"'{raw}' is not a score on any known scale."; return false; }

        double? value = kind switch
        {
            ScoreScale.OutOf10 => Number(raw, "/10", 10, step: 0.1),
            ScoreScale.Stars5 => Stars(raw, 5),
            ScoreScale.Stars4 => Stars(raw, 4),
            ScoreScale.Hundred => Number(raw, "/100", 100, step: 1),
            ScoreScale.Letter => Letters.TryGetValue(NormaliseLetter(raw), out var n) ? n : null,
            _ => null,
        };
        if (value is null)
        {
            error = kind switch
            {
                ScoreScale.OutOf10 => $"'{raw}' is not a score out of 10 (0 to 10, e.g. 9/10 or 7.5/10).",
                ScoreScale.Stars5 => $"'{raw}' is not a star rating out of 5 (whole or half stars, e.g. ★★★½).",
                ScoreScale.Stars4 => $"'{raw}' is not a star rating out of 4 (whole or half stars, e.g. ★★★½).",
                ScoreScale.Hundred => $"'{raw}' is not a score from 0 to 100.",
                _ => $"'{raw}' is not a letter grade (A+ to D−, or F).",
            };
            return false;
        }
        var normalised = kind == ScoreScale.Letter ? value.Value : Math.Round(value.Value / Max(kind.Value) * 100, 1);
        score = new ReviewScore(raw, kind.Value, value.Value, normalised);
        return true;
    }

    public static string ToApi(ScoreScale scale) => scale switch
    {
        ScoreScale.OutOf10 => "out-of-10",
        ScoreScale.Stars5 => "stars-5",
        ScoreScale.Stars4 => "stars-4",
        ScoreScale.Letter => "letter",
        _ => "out-of-100",
    };

    public static bool TryParseScale(string? text, out ScoreScale? scale)
    {
        scale = text?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "out-of-10" => ScoreScale.OutOf10,
            "stars-5" => ScoreScale.Stars5,
            "stars-4" => ScoreScale.Stars4,
            "letter" => ScoreScale.Letter,
            "out-of-100" => ScoreScale.Hundred,
            _ => (ScoreScale?)(ScoreScale)(-1),
        };
        return scale is null || Enum.IsDefined(scale.Value);
    }

    private static double Max(ScoreScale scale) => scale switch { ScoreScale.OutOf10 => 10, ScoreScale.Stars5 => 5, ScoreScale.Stars4 => 4, _ => 100 };

    private static ScoreScale? Infer(string raw)
    {
        if (raw.Contains('★') || raw.Contains('☆') || raw.EndsWith("/5", StringComparison.Ordinal)) return ScoreScale.Stars5;
        if (raw.EndsWith("/4", StringComparison.Ordinal)) return ScoreScale.Stars4;
        if (raw.EndsWith("/100", StringComparison.Ordinal)) return ScoreScale.Hundred;
        if (raw.EndsWith("/10", StringComparison.Ordinal)) return ScoreScale.OutOf10;
        if (char.IsLetter(raw[0])) return ScoreScale.Letter;
        return null;
    }

    private static double? Number(string raw, string suffix, double max, double step)
    {
        var number = raw.EndsWith(suffix, StringComparison.Ordinal) ? raw[..^suffix.Length].Trim() : raw;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        if (value < 0 || value > max) return null;
        // One decimal for scores out of 10, whole numbers out of 100.
        var steps = value / step;
        return Math.Abs(steps - Math.Round(steps)) < 1e-9 ? value : null;
    }

    private static double? Stars(string raw, int max)
    {
        double value;
        if (raw.Contains('★') || raw.Contains('☆') || raw.Contains('½'))
        {
            var body = raw.Replace(" ", "", StringComparison.Ordinal);
            var full = body.TakeWhile(c => c == '★').Count();
            var rest = body[full..];
            var half = rest.StartsWith('½') ? 1 : 0;
            rest = rest[half..];
            if (rest.Any(c => c != '☆')) return null;
            if (full + half + rest.Length > max) return null;
            value = full + (half * 0.5);
        }
        else
        {
            var suffix = $"/{max}";
            var number = raw.EndsWith(suffix, StringComparison.Ordinal) ? raw[..^suffix.Length].Trim() : raw;
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return null;
        }
        if (value < 0 || value > max || Math.Abs((value * 2) - Math.Round(value * 2)) > 1e-9) return null;
        return value;
    }

    // Critics type the minus as -, − or –.
    private static string NormaliseLetter(string raw) =>
        raw.Replace('−', '-').Replace('–', '-').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}

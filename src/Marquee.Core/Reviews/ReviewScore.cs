using System.Globalization;
using Marquee.Core.Scores;

namespace Marquee.Core.Reviews;

/// <summary>
/// A review's score: read by <see cref="CriticScore"/> (the rules imported articles use), in the scale the critic
/// works in when one is given, and held to what a review offers: tenths out of 10, half stars, whole numbers out of 100.
/// </summary>
public static class ReviewScore
{
    public const int MaxLength = 20;

    public static bool TryParse(string? text, ScoreScale? scale, out CriticScore? score, out string? error)
    {
        score = null;
        error = null;
        var raw = text?.Trim() ?? "";
        if (raw.Length is 0 or > MaxLength) { error = "Give a score such as 9/10, ★★★½, B+ or 87."; return false; }

        var read = Read(raw, scale);
        if (read is not null && (scale is null || read.Scale == scale) && OnStep(read))
        {
            score = read;
            return true;
        }
        error = (scale ?? read?.Scale ?? Intended(raw)) is { } intended ? NotOn(raw, intended) : $"'{raw}' is not a score on any known scale.";
        return false;
    }

    public static string ToApi(ScoreScale scale) => scale switch
    {
        ScoreScale.OutOf10 => "out-of-10",
        ScoreScale.OutOf5 => "stars-5",
        ScoreScale.OutOf4 => "stars-4",
        ScoreScale.Letter => "letter",
        _ => "out-of-100",
    };

    /// <summary>Reads an API or form scale name; blank is no scale, anything unknown is refused.</summary>
    public static bool TryParseScale(string? text, out ScoreScale? scale)
    {
        scale = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return true;
            case "out-of-10": scale = ScoreScale.OutOf10; return true;
            case "stars-5": scale = ScoreScale.OutOf5; return true;
            case "stars-4": scale = ScoreScale.OutOf4; return true;
            case "letter": scale = ScoreScale.Letter; return true;
            case "out-of-100": scale = ScoreScale.OutOf100; return true;
            default: return false;
        }
    }

    // A bare number takes the critic's scale ("8" out of 10); bare stars ("★★★½") count on it too.
    private static CriticScore? Read(string raw, ScoreScale? scale)
    {
        var max = scale?.Maximum();
        if (max is not null && decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return CriticScore.Create(number, scale!.Value, raw).Score;
        var parsed = CriticScore.Parse(raw).Score;
        var bareStars = parsed?.Scale == ScoreScale.OutOf5 && !raw.Contains('☆', StringComparison.Ordinal) && !raw.Any(char.IsAsciiDigit);
        if (bareStars && scale is ScoreScale.OutOf4) return CriticScore.Create(parsed!.Value!.Value, ScoreScale.OutOf4, raw).Score;
        return parsed;
    }

    private static bool OnStep(CriticScore score)
    {
        if (score.Value is not { } value) return true;
        var steps = score.Scale switch { ScoreScale.OutOf10 => 10m, ScoreScale.OutOf5 or ScoreScale.OutOf4 => 2m, _ => 1m };
        return decimal.Round(value * steps) == value * steps;
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

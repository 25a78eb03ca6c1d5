using System.Globalization;

namespace Marquee.Core.Scores;

/// <summary>A critic's score kept as given (raw text, value, scale) with its 0–100 normalisation.</summary>
public sealed partial record CriticScore
{
    private CriticScore(string raw, decimal? value, string? grade, ScoreScale scale, decimal normalised)
    {
        Raw = raw;
        Value = value;
        Grade = grade;
        Scale = scale;
        Normalised = normalised;
    }

    /// <summary>The text the score was read from, exactly ("9 10", "Grade: B+.", "★★★½").</summary>
    public string Raw { get; }

    /// <summary>The numeric value on its scale (3.5 of 5); null for letter grades.</summary>
    public decimal? Value { get; }

    /// <summary>The canonical letter grade ("B+", "A-"); null for numeric scales.</summary>
    public string? Grade { get; }

    public ScoreScale Scale { get; }

    /// <summary>0–100: linear for numeric scales, the reviews issue's table for letters.</summary>
    public decimal Normalised { get; }

    /// <summary>How the score is shown: "9/10", "3.5/5", "B+".</summary>
    public string Display => Grade ?? string.Create(CultureInfo.InvariantCulture, $"{Value}/{Scale.Maximum()}");

    /// <summary>Checks a numeric value against its scale: 0 ≤ value ≤ top, at most two decimals.</summary>
    public static ScoreParseResult Create(decimal value, ScoreScale scale, string? raw = null)
    {
        if (scale.Maximum() is not int max)
            return ScoreParseResult.Fail("a letter grade needs FromGrade, not a number");
        if (value < 0)
            return ScoreParseResult.Fail($"{Format(value)} is below zero");
        if (value > max)
            return ScoreParseResult.Fail($"{Format(value)} is above the top of the {max}-point scale");
        if (decimal.Round(value, 2) != value)
            return ScoreParseResult.Fail($"{Format(value)} has more than two decimals");
        var clean = value / 1.0000000000000000000000000000m; // drops trailing zeros: 9.0 → 9
        var normalised = decimal.Round(clean * 100m / max, 1);
        return ScoreParseResult.Ok(new CriticScore(raw ?? $"{Format(clean)}/{max}", clean, null, scale, normalised));
    }

    public static bool TryCreate(decimal value, ScoreScale scale, out CriticScore? score, out string? error)
    {
        var result = Create(value, scale);
        (score, error) = (result.Score, result.Error);
        return result.Success;
    }

    /// <summary>A letter grade A+ … F; "F+", "E" and the like are refused.</summary>
    public static ScoreParseResult FromGrade(string grade, string? raw = null)
    {
        var canonical = LetterGrades.Canonical(grade);
        if (canonical is "F+" or "F-")
            return ScoreParseResult.Fail($"{canonical} is not a grade: F has no plus or minus");
        if (!LetterGrades.TryNormalise(canonical, out var normalised))
            return ScoreParseResult.Fail($"'{grade}' is not a letter grade (A+ … F)");
        return ScoreParseResult.Ok(new CriticScore(raw ?? canonical, null, canonical, ScoreScale.Letter, normalised));
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

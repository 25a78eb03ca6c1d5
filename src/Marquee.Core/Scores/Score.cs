using System.Globalization;

namespace Marquee.Core.Scores;

/// <summary>
/// A score as given (raw text, value, scale) with its 0–100 normalisation: a critic's score on any scale, a reader's
/// half stars out of 5. Read from text by <see cref="Parse"/> (anything sites print) or <see cref="ParseOnScale"/>
/// (what a review offers), and carried as it is to storage, the API, pages and JSON-LD.
/// </summary>
public sealed partial record Score
{
    // Letter grades, best first, and their 0–100 values from the reviews issue.
    private static readonly Dictionary<string, decimal> LetterValues = new(StringComparer.Ordinal)
    {
        ["A+"] = 100, ["A"] = 100, ["A-"] = 91,
        ["B+"] = 83, ["B"] = 75, ["B-"] = 67,
        ["C+"] = 58, ["C"] = 50, ["C-"] = 42,
        ["D+"] = 33, ["D"] = 25, ["D-"] = 17,
        ["F"] = 0,
    };

    private Score(string raw, decimal? value, string? grade, ScoreScale scale, decimal normalised)
    {
        Raw = raw;
        Value = value;
        Grade = grade;
        Scale = scale;
        Normalised = normalised;
    }

    /// <summary>Every letter grade, best first.</summary>
    public static IReadOnlyList<string> Grades { get; } = [.. LetterValues.Keys];

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
    public string Display => Grade ?? string.Create(CultureInfo.InvariantCulture, $"{Value}/{Best}");

    /// <summary>The top of the scale as a rating states it: the maximum, or 100 for letters, which rate on their 0–100 table.</summary>
    public int Best => Scale.Maximum() ?? 100;

    /// <summary>The value a rating states on <see cref="Best"/>: the value, or the 0–100 table entry of a letter.</summary>
    public decimal RatingValue => Value ?? Normalised;

    /// <summary>Whether the value keeps to its scale's steps: tenths out of 10, half stars, whole numbers out of 100.</summary>
    public bool OnStep
    {
        get
        {
            if (Value is not { } value) return true;
            var steps = Scale.Facts().StepsPerPoint;
            return decimal.Round(value * steps) == value * steps;
        }
    }

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
        return ScoreParseResult.Ok(new Score(raw ?? $"{Format(clean)}/{max}", clean, null, scale, normalised));
    }

    public static bool TryCreate(decimal value, ScoreScale scale, out Score? score, out string? error)
    {
        var result = Create(value, scale);
        (score, error) = (result.Score, result.Error);
        return result.Success;
    }

    /// <summary>A letter grade A+ … F; "F+", "E" and the like are refused.</summary>
    public static ScoreParseResult FromGrade(string grade, string? raw = null)
    {
        var canonical = CanonicalGrade(grade);
        if (canonical is "F+" or "F-")
            return ScoreParseResult.Fail($"{canonical} is not a grade: F has no plus or minus");
        if (!LetterValues.TryGetValue(canonical, out var normalised))
            return ScoreParseResult.Fail($"'{grade}' is not a letter grade (A+ … F)");
        return ScoreParseResult.Ok(new Score(raw ?? canonical, null, canonical, ScoreScale.Letter, normalised));
    }

    /// <summary>Upper-cases and turns typographic minus signs into "-": "b−" → "B-".</summary>
    public static string CanonicalGrade(string grade) =>
        grade.Trim().ToUpperInvariant().Replace('−', '-').Replace('–', '-').Replace('—', '-');

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

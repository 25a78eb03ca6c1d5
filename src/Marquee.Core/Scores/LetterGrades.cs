namespace Marquee.Core.Scores;

/// <summary>Letter grades (A+ … F) and their 0–100 values from the reviews issue.</summary>
public static class LetterGrades
{
    private static readonly Dictionary<string, decimal> Values = new(StringComparer.Ordinal)
    {
        ["A+"] = 100, ["A"] = 100, ["A-"] = 91,
        ["B+"] = 83, ["B"] = 75, ["B-"] = 67,
        ["C+"] = 58, ["C"] = 50, ["C-"] = 42,
        ["D+"] = 33, ["D"] = 25, ["D-"] = 17,
        ["F"] = 0,
    };

    /// <summary>Every grade, best first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Values.Keys];

    /// <summary>Upper-cases and turns typographic minus signs into "-": "b−" → "B-".</summary>
    public static string Canonical(string grade) =>
        grade.Trim().ToUpperInvariant().Replace('−', '-').Replace('–', '-').Replace('—', '-');

    public static bool IsGrade(string grade) => Values.ContainsKey(Canonical(grade));

    public static bool TryNormalise(string grade, out decimal normalised) =>
        Values.TryGetValue(Canonical(grade), out normalised);
}

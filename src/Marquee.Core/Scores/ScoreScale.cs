namespace Marquee.Core.Scores;

/// <summary>The scale a score is given on. Stars are kept as <see cref="OutOf5"/> or <see cref="OutOf4"/>.</summary>
public enum ScoreScale
{
    OutOf4,
    OutOf5,
    OutOf10,
    OutOf100,
    Letter,
}

/// <summary>
/// Every name a scale goes by and its numbers, in one row per scale: the API and form name, the label the edit form
/// shows, the name stored in the database, the top of the scale and the steps a given score keeps to.
/// </summary>
public sealed record ScoreScaleFacts(ScoreScale Scale, string Name, string Label, string StoredName, int? Maximum, int StepsPerPoint);

/// <summary>Facts about each <see cref="ScoreScale"/>, from the one table.</summary>
public static class ScoreScales
{
    /// <summary>
    /// The scales in the order the edit form offers them. Stored names are those written since the first release
    /// ("Stars5", "Hundred"), so databases of every release read back unchanged.
    /// </summary>
    public static IReadOnlyList<ScoreScaleFacts> All { get; } =
    [
        new(ScoreScale.OutOf10, "out-of-10", "Out of 10", "OutOf10", 10, 10),
        new(ScoreScale.OutOf5, "stars-5", "Stars out of 5", "Stars5", 5, 2),
        new(ScoreScale.OutOf4, "stars-4", "Stars out of 4", "Stars4", 4, 2),
        new(ScoreScale.Letter, "letter", "Letter grade", "Letter", null, 1),
        new(ScoreScale.OutOf100, "out-of-100", "0–100", "Hundred", 100, 1),
    ];

    public static ScoreScaleFacts Facts(this ScoreScale scale) => All.First(f => f.Scale == scale);

    /// <summary>The best value on a numeric scale; null for letter grades.</summary>
    public static int? Maximum(this ScoreScale scale) => scale.Facts().Maximum;

    /// <summary>The scale's name in the API and the edit form: "out-of-10", "stars-5".</summary>
    public static string Name(this ScoreScale scale) => scale.Facts().Name;

    /// <summary>The numeric scale whose maximum is <paramref name="maximum"/>, if it is one we support.</summary>
    public static ScoreScale? FromMaximum(decimal maximum) => All.FirstOrDefault(f => f.Maximum == maximum)?.Scale;

    /// <summary>Reads an API or form scale name; blank is no scale, anything unknown is refused.</summary>
    public static bool TryParseName(string? text, out ScoreScale? scale)
    {
        var name = text?.Trim();
        scale = string.IsNullOrEmpty(name) ? null : All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))?.Scale;
        return scale is not null || string.IsNullOrEmpty(name);
    }

    /// <summary>The names <see cref="TryParseName"/> takes, for messages: "out-of-10, stars-5, …".</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    public static string StoredName(this ScoreScale scale) => scale.Facts().StoredName;

    /// <summary>A stored scale: its stored name, or the enum name some rows were written with.</summary>
    public static ScoreScale FromStored(string stored) =>
        All.FirstOrDefault(f => f.StoredName == stored)?.Scale ?? Enum.Parse<ScoreScale>(stored);
}

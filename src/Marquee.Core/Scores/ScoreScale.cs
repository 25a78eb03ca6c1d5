namespace Marquee.Core.Scores;

/// <summary>The scale a critic scored on. Stars are kept as <see cref="OutOf5"/> or <see cref="OutOf4"/>.</summary>
public enum ScoreScale
{
    OutOf4,
    OutOf5,
    OutOf10,
    OutOf100,
    Letter,
}

/// <summary>Facts about each <see cref="ScoreScale"/>.</summary>
public static class ScoreScales
{
    /// <summary>The best value on a numeric scale; null for letter grades.</summary>
    public static int? Maximum(this ScoreScale scale) => scale switch
    {
        ScoreScale.OutOf4 => 4,
        ScoreScale.OutOf5 => 5,
        ScoreScale.OutOf10 => 10,
        ScoreScale.OutOf100 => 100,
        _ => null,
    };

    /// <summary>The numeric scale whose maximum is <paramref name="maximum"/>, if it is one we support.</summary>
    public static ScoreScale? FromMaximum(decimal maximum) => maximum switch
    {
        4 => ScoreScale.OutOf4,
        5 => ScoreScale.OutOf5,
        10 => ScoreScale.OutOf10,
        100 => ScoreScale.OutOf100,
        _ => null,
    };
}

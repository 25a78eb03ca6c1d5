namespace Marquee.Core.Scores;

/// <summary>Either a parsed <see cref="Score"/> or the reason the text is not one.</summary>
public sealed record ScoreParseResult(Score? Score, string? Error)
{
    public bool Success => Score is not null;

    public static ScoreParseResult Ok(Score score) => new(score, null);

    public static ScoreParseResult Fail(string error) => new(null, error);
}

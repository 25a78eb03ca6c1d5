namespace Marquee.Data.Reviews;

/// <summary>What a critic or editor sends to create or edit a review (API body and editor form).</summary>
public sealed record ReviewInput
{
    public string? Film { get; init; }
    public string? Slug { get; init; }
    public string? Headline { get; init; }
    public string? Dek { get; init; }
    public string? Body { get; init; }
    public string? EditorsNote { get; init; }
    public string? SpoilerLevel { get; init; }
    public string? Score { get; init; }
    public string? ScoreScale { get; init; }

    /// <summary>For edits of a published review: what was corrected, shown to readers with its date.</summary>
    public string? CorrectionNote { get; init; }
}

/// <summary>The time an editor schedules a review for.</summary>
public sealed record ScheduleInput
{
    public DateTimeOffset? At { get; init; }
}

/// <summary>The words that go with an uploaded image.</summary>
public sealed record ReviewImageInput(string? AltText, string? Caption, string? Credit, string? Licence);

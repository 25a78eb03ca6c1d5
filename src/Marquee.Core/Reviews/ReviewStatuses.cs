namespace Marquee.Core.Reviews;

/// <summary>Words for statuses and spoiler levels, as the API and the forms spell them.</summary>
public static class ReviewStatuses
{
    public static bool IsPublic(ReviewStatus status) => status is ReviewStatus.Published or ReviewStatus.Corrected;

    public static string ToApi(this ReviewStatus status) => status switch
    {
        ReviewStatus.InReview => "in-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string ToLabel(this ReviewStatus status) => status switch
    {
        ReviewStatus.InReview => "In review",
        _ => status.ToString(),
    };

    public static string ToApi(this SpoilerLevel level) => level.ToString().ToLowerInvariant();

    public static bool TryParseSpoilerLevel(string? text, out SpoilerLevel level)
    {
        level = SpoilerLevel.None;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "none": level = SpoilerLevel.None; return true;
            case "premise": level = SpoilerLevel.Premise; return true;
            case "full": level = SpoilerLevel.Full; return true;
            default: return false;
        }
    }
}

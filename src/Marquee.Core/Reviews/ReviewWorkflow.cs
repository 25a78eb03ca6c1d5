namespace Marquee.Core.Reviews;

/// <summary>Who is acting on a review: their account id and whether they may act as an editor.</summary>
public sealed record ReviewActor(string UserId, bool IsEditor);

/// <summary>The editorial workflow: draft → in review → scheduled → published → corrected / unpublished. Critics edit their own drafts; editors publish.</summary>
public static class ReviewWorkflow
{
    public static bool CanEdit(ReviewActor actor, string authorId, ReviewStatus status) =>
        actor.IsEditor || (actor.UserId == authorId && status is ReviewStatus.Draft or ReviewStatus.InReview);

    public static bool CanSubmit(ReviewActor actor, string authorId, ReviewStatus status) =>
        (actor.IsEditor || actor.UserId == authorId) && status == ReviewStatus.Draft;

    /// <summary>Editors only; from any status that is not already public.</summary>
    public static bool CanPublish(ReviewActor actor, ReviewStatus status) =>
        actor.IsEditor && status is ReviewStatus.Draft or ReviewStatus.InReview or ReviewStatus.Scheduled or ReviewStatus.Unpublished;

    public static bool CanSchedule(ReviewActor actor, ReviewStatus status) =>
        actor.IsEditor && status is ReviewStatus.Draft or ReviewStatus.InReview or ReviewStatus.Scheduled or ReviewStatus.Unpublished;

    public static bool CanUnpublish(ReviewActor actor, ReviewStatus status) =>
        actor.IsEditor && ReviewStatuses.IsPublic(status);

    /// <summary>Who may read a review that is not public: its author and editors.</summary>
    public static bool CanRead(ReviewActor? actor, string authorId, ReviewStatus status) =>
        ReviewStatuses.IsPublic(status) || (actor is not null && (actor.IsEditor || actor.UserId == authorId));
}

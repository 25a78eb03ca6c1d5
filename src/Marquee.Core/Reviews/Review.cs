using Marquee.Core.Common;
using Marquee.Core.Films;
using Marquee.Core.Scores;

namespace Marquee.Core.Reviews;

/// <summary>A critic's review of one film: Markdown body, score as the critic gave it, spoiler level and workflow status.</summary>
public class Review : IEditable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public int FilmId { get; set; }
    public Film? Film { get; set; }

    /// <summary>The Identity user id of the critic who wrote it.</summary>
    public required string AuthorId { get; set; }
    public required string Headline { get; set; }
    public required string Dek { get; set; }
    public required string Body { get; set; }

    /// <summary>Written by an editor; when empty and the review has spoilers, a note is generated.</summary>
    public string? EditorsNote { get; set; }
    public SpoilerLevel SpoilerLevel { get; set; }
    public ReviewStatus Status { get; set; }

    /// <summary>The score as the critic wrote it ("9/10", "★★★½", "B+"); null for an unscored review.</summary>
    public string? ScoreText { get; set; }
    public ScoreScale? ScoreScale { get; set; }

    /// <summary>The score on 0–100, for aggregates.</summary>
    public double? ScoreNormalised { get; set; }

    /// <summary>Stores a score (or none) in its three columns.</summary>
    public void SetScore(Score? score)
    {
        ScoreText = score?.Raw;
        ScoreScale = score?.Scale;
        ScoreNormalised = score is null ? null : (double)score.Normalised;
    }

    public DateTimeOffset? ScheduledFor { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When the published text last changed (schema.org dateModified).</summary>
    public DateTimeOffset? ModifiedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
    public List<ReviewRevision> Revisions { get; set; } = [];
}

/// <summary>How much of the plot a review gives away.</summary>
public enum SpoilerLevel
{
    None,
    Premise,
    Full,
}

/// <summary>Where a review is in the editorial workflow.</summary>
public enum ReviewStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Corrected,
    Unpublished,
}

/// <summary>A saved copy of a published review's text; corrections carry a note readers see.</summary>
public class ReviewRevision
{
    public int Id { get; set; }
    public int ReviewId { get; set; }
    public int Number { get; set; }
    public required string Headline { get; set; }
    public required string Dek { get; set; }
    public required string Body { get; set; }
    public string? EditorsNote { get; set; }
    public string? ScoreText { get; set; }
    public string? CorrectionNote { get; set; }
    public required string SavedById { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

/// <summary>An image uploaded for reviews, stored under the data folder with a generated name.</summary>
public class ReviewImage
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required string AltText { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? Licence { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long Bytes { get; set; }
    public required string UploadedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

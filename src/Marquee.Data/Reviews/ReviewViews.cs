using Marquee.Core.Reviews;
using Marquee.Core.Scores;

namespace Marquee.Data.Reviews;

/// <summary>A critic as readers see them: the account name (used in addresses) and the name shown.</summary>
public sealed record CriticRef(string UserName, string DisplayName);

/// <summary>A correction listed under a review: when and what.</summary>
public sealed record CorrectionView(DateTimeOffset At, string Note);

/// <summary>A whole review as its page and the API show it. Body is Markdown, rendered by the web layer.</summary>
public sealed record ReviewDetails(
    int Id, string Slug, string FilmSlug, string FilmTitle, int? FilmYear, string AuthorId, CriticRef Author,
    string Headline, string Dek, string Body, string? EditorsNote, string? GeneratedEditorsNote, SpoilerLevel SpoilerLevel,
    ReviewStatus Status, Score? Score, DateTimeOffset? ScheduledFor, DateTimeOffset? PublishedAt, DateTimeOffset? ModifiedAt,
    IReadOnlyList<CorrectionView> Corrections, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version);

/// <summary>A review in lists, feeds and the film page: no body, so no spoilers.</summary>
public sealed record ReviewSummary(
    string Slug, string FilmSlug, string FilmTitle, int? FilmYear, CriticRef Author, string Headline, string Dek,
    SpoilerLevel SpoilerLevel, ReviewStatus Status, Score? Score, DateTimeOffset? PublishedAt, DateTimeOffset? ModifiedAt, DateTimeOffset UpdatedAt);

/// <summary>The critics' reviews of a film with the aggregate (shown from three scores) and a ten-bucket histogram.</summary>
public sealed record FilmScores(IReadOnlyList<ReviewSummary> Reviews, double? Aggregate, int ScoredCount, IReadOnlyList<int> Histogram)
{
    public const int MinimumForAggregate = 3;

    /// <summary>The aggregate as a score out of 100 with its counts; null below <see cref="MinimumForAggregate"/> scores.</summary>
    public CriticAggregate? Critics =>
        Aggregate is { } value ? new CriticAggregate(Score.Create((decimal)value, ScoreScale.OutOf100).Score!, ScoredCount, Reviews.Count) : null;
}

/// <summary>The critics' score of a film: the mean of its published reviews' 0–100 scores, how many were scored, how many reviews.</summary>
public sealed record CriticAggregate(Score Score, int ScoredCount, int ReviewCount);

/// <summary>A saved revision, for the history list.</summary>
public sealed record RevisionView(int Number, DateTimeOffset SavedAt, string? CorrectionNote, string Headline);

/// <summary>An uploaded image with its words.</summary>
public sealed record ReviewImageView(int Id, string FileName, string Url, string AltText, string? Caption, string? Credit, string? Licence, int Width, int Height);

/// <summary>Which published reviews a list or feed wants.</summary>
public sealed record ReviewFilter(string? Film = null, string? Critic = null);

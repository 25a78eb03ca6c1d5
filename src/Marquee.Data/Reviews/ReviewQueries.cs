using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Marquee.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Reviews;

/// <summary>Reads reviews for pages, feeds and the API: no-tracking projections into view records.</summary>
public sealed class ReviewQueries(MarqueeDbContext db)
{
    private static readonly ReviewStatus[] Public = [ReviewStatus.Published, ReviewStatus.Corrected];

    /// <summary>A review the actor may read (published ones for everyone, others for their author and editors); null otherwise.</summary>
    public async Task<ReviewDetails?> GetAsync(string slug, ReviewActor? actor, CancellationToken ct = default)
    {
        var row = await (from x in db.Reviews.AsNoTracking()
                         join u in db.Users on x.AuthorId equals u.Id
                         where x.Slug == slug
                         select new { Review = x, x.Film!.Slug, x.Film.Title, x.Film.Year, u.UserName, u.DisplayName })
            .SingleOrDefaultAsync(ct);
        if (row is null || !ReviewWorkflow.CanRead(actor, row.Review.AuthorId, row.Review.Status)) return null;
        var r = row.Review;
        var corrections = await db.ReviewRevisions.AsNoTracking()
            .Where(v => v.ReviewId == r.Id && v.CorrectionNote != null)
            .OrderBy(v => v.Number)
            .Select(v => new CorrectionView(v.SavedAt, v.CorrectionNote!))
            .ToListAsync(ct);
        return new ReviewDetails(
            r.Id, r.Slug, row.Slug, row.Title, row.Year, r.AuthorId, Critic(row.UserName, row.DisplayName),
            r.Headline, r.Dek, r.Body, r.EditorsNote, EditorsNote.For(r.SpoilerLevel, r.EditorsNote, row.Title), r.SpoilerLevel,
            r.Status, StoredScore(r.ScoreText, r.ScoreScale, r.ScoreNormalised), r.ScheduledFor, r.PublishedAt, r.ModifiedAt,
            corrections, r.CreatedAt, r.UpdatedAt, r.Version);
    }

    /// <summary>Published reviews, newest first.</summary>
    public async Task<Paged<ReviewSummary>> ListPublishedAsync(ReviewFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        var query = Summaries(filter).Where(x => Public.Contains(x.Status));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<ReviewSummary>([.. rows.Select(ToSummary)], page, pageSize, total);
    }

    /// <summary>The reviews an actor works on at the desk: every review for editors, their own for critics.</summary>
    public async Task<IReadOnlyList<ReviewSummary>> ListForDeskAsync(ReviewActor actor, CancellationToken ct = default)
    {
        var query = Summaries(new ReviewFilter());
        if (!actor.IsEditor) query = query.Where(x => x.AuthorId == actor.UserId);
        var rows = await query.OrderByDescending(x => x.UpdatedAt).Take(500).ToListAsync(ct);
        return [.. rows.Select(ToSummary)];
    }

    public async Task<FilmScores> ForFilmAsync(string filmSlug, CancellationToken ct = default)
    {
        var reviews = (await ListPublishedAsync(new ReviewFilter(Film: filmSlug), 1, 200, ct)).Items;
        var scores = reviews.Where(r => r.Score is not null).Select(r => (double)r.Score!.Normalised).ToList();
        var histogram = new int[10];
        foreach (var s in scores) histogram[Math.Min(9, (int)(s / 10))]++;
        double? aggregate = scores.Count >= FilmScores.MinimumForAggregate ? Math.Round(scores.Average(), 0) : null;
        return new FilmScores(reviews, aggregate, scores.Count, histogram);
    }

    /// <summary>A critic with at least one published review; null for any other name.</summary>
    public async Task<CriticRef?> GetCriticAsync(string userName, CancellationToken ct = default)
    {
        // Only accounts with published reviews are critics to the public; other account names stay private.
        var user = await db.Users.AsNoTracking()
            .Where(u => u.UserName == userName && db.Reviews.Any(r => r.AuthorId == u.Id && Public.Contains(r.Status)))
            .Select(u => new { u.UserName, u.DisplayName }).SingleOrDefaultAsync(ct);
        return user is null ? null : Critic(user.UserName, user.DisplayName);
    }

    public async Task<IReadOnlyList<RevisionView>> RevisionsAsync(int reviewId, CancellationToken ct = default) =>
        await db.ReviewRevisions.AsNoTracking().Where(v => v.ReviewId == reviewId).OrderBy(v => v.Number)
            .Select(v => new RevisionView(v.Number, v.SavedAt, v.CorrectionNote, v.Headline)).ToListAsync(ct);

    /// <summary>The uploaded images a body refers to, by file name.</summary>
    public async Task<IReadOnlyDictionary<string, ReviewImageView>> ImagesAsync(IReadOnlyCollection<string> fileNames, CancellationToken ct = default)
    {
        if (fileNames.Count == 0) return new Dictionary<string, ReviewImageView>();
        var rows = await db.ReviewImages.AsNoTracking().Where(i => fileNames.Contains(i.FileName)).ToListAsync(ct);
        return rows.ToDictionary(i => i.FileName, ReviewImages.ToView);
    }

    private IQueryable<SummaryRow> Summaries(ReviewFilter filter)
    {
        // Lists and feeds never need the body: leave it (and its spoilers) in the database.
        var query = from r in db.Reviews.AsNoTracking()
                    join u in db.Users on r.AuthorId equals u.Id
                    select new SummaryRow
                    {
                        Id = r.Id, Slug = r.Slug, AuthorId = r.AuthorId, Headline = r.Headline, Dek = r.Dek, SpoilerLevel = r.SpoilerLevel, Status = r.Status,
                        ScoreText = r.ScoreText, ScoreScale = r.ScoreScale, ScoreNormalised = r.ScoreNormalised, PublishedAt = r.PublishedAt,
                        ModifiedAt = r.ModifiedAt, UpdatedAt = r.UpdatedAt,
                        FilmSlug = r.Film!.Slug, FilmTitle = r.Film.Title, FilmYear = r.Film.Year, UserName = u.UserName, DisplayName = u.DisplayName,
                    };
        if (filter.Film is { } film) query = query.Where(x => x.FilmSlug == film);
        if (filter.Critic is { } critic) query = query.Where(x => x.UserName == critic);
        return query;
    }

    private static ReviewSummary ToSummary(SummaryRow x) => new(
        x.Slug, x.FilmSlug, x.FilmTitle, x.FilmYear, Critic(x.UserName, x.DisplayName), x.Headline, x.Dek,
        x.SpoilerLevel, x.Status, StoredScore(x.ScoreText, x.ScoreScale, x.ScoreNormalised), x.PublishedAt, x.ModifiedAt, x.UpdatedAt);

    private static Score? StoredScore(string? text, ScoreScale? scale, double? normalised) =>
        text is null || scale is not { } s || normalised is not { } n ? null : Score.Restore(text, s, (decimal)n);

    private static CriticRef Critic(string? userName, string? displayName) => new(userName ?? "", displayName ?? userName ?? "");

    private sealed class SummaryRow
    {
        public int Id { get; init; }
        public required string Slug { get; init; }
        public required string AuthorId { get; init; }
        public required string Headline { get; init; }
        public required string Dek { get; init; }
        public SpoilerLevel SpoilerLevel { get; init; }
        public ReviewStatus Status { get; init; }
        public string? ScoreText { get; init; }
        public ScoreScale? ScoreScale { get; init; }
        public double? ScoreNormalised { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset? ModifiedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public required string FilmSlug { get; init; }
        public required string FilmTitle { get; init; }
        public int? FilmYear { get; init; }
        public string? UserName { get; init; }
        public string? DisplayName { get; init; }
    }
}

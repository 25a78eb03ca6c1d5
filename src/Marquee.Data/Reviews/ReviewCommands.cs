using Marquee.Core.Common;
using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Data.Reviews;

/// <summary>Writes reviews and moves them through the workflow. Each call is one SaveChanges; a refused call changes nothing.</summary>
public sealed class ReviewCommands(MarqueeDbContext db, TimeProvider clock)
{
    private readonly ReviewInputValidator validator = new();

    public async Task<CommandResult<Review>> CreateAsync(ReviewInput input, ReviewActor actor, CancellationToken ct = default)
    {
        var (choices, errors) = validator.Read(input);
        if (choices is null) return CommandResult<Review>.Invalid(errors!);
        var film = await db.Films.Where(f => f.Slug == input.Film).Select(f => new { f.Id, f.Slug }).SingleOrDefaultAsync(ct);
        if (film is null) return CommandResult<Review>.Invalid("film", $"No film '{input.Film}'.");
        var slug = input.Slug is null ? await FreeSlugAsync($"{film.Slug}-review", ct) : await ClaimSlugAsync(input.Slug, actor, ct);
        if (slug is null) return SlugTaken(input.Slug!);

        var review = new Review { Slug = slug, AuthorId = actor.UserId, Headline = "", Dek = "", Body = "", Status = ReviewStatus.Draft, FilmId = film.Id };
        Apply(review, input, choices);
        db.Reviews.Add(review);
        return await SaveAsync(review, created: true, ct);
    }

    public async Task<CommandResult<Review>> UpdateAsync(string slug, ReviewInput input, long? expectedVersion, ReviewActor actor, CancellationToken ct = default)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Slug == slug, ct);
        if (review is null) return CommandResult<Review>.NotFound($"No review '{slug}'.");
        if (!ReviewWorkflow.CanRead(actor, review.AuthorId, review.Status)) return CommandResult<Review>.Forbidden("Only the review's author or an editor can work on it.");
        if (!ReviewWorkflow.CanEdit(actor, review.AuthorId, review.Status))
            return CommandResult<Review>.Forbidden(actor.UserId == review.AuthorId
                ? "This review is past the draft stage; only an editor can change it now."
                : "Only the review's author or an editor can change it.");
        if (expectedVersion is { } v && v != review.Version) return CommandResult<Review>.Stale();
        var (choices, errors) = validator.Read(input);
        if (choices is null) return CommandResult<Review>.Invalid(errors!);
        var filmId = await db.Films.Where(f => f.Slug == input.Film).Select(f => (int?)f.Id).SingleOrDefaultAsync(ct);
        if (filmId is null) return CommandResult<Review>.Invalid("film", $"No film '{input.Film}'.");
        var newSlug = input.Slug is null || input.Slug == review.Slug ? review.Slug : await ClaimSlugAsync(input.Slug, actor, ct);
        if (newSlug is null) return SlugTaken(input.Slug!);

        review.Slug = newSlug;
        review.FilmId = filmId.Value;
        Apply(review, input, choices);
        if (ReviewStatuses.IsPublic(review.Status))
        {
            // Every save of a published review is kept; a correction note makes it a listed correction.
            var note = Clean(input.CorrectionNote);
            if (note is not null) review.Status = ReviewStatus.Corrected;
            review.ModifiedAt = clock.GetUtcNow();
            await AddRevisionAsync(review, actor, note, ct);
        }
        return await SaveAsync(review, created: false, ct);
    }

    public Task<CommandResult<Review>> SubmitAsync(string slug, long? expectedVersion, ReviewActor actor, CancellationToken ct = default) =>
        TransitionAsync(slug, expectedVersion, actor, (review, _) =>
        {
            if (!ReviewWorkflow.CanSubmit(actor, review.AuthorId, review.Status))
                return review.Status == ReviewStatus.Draft ? "Only the author or an editor can submit this review." : $"A review that is {review.Status.ToLabel().ToLowerInvariant()} cannot be submitted.";
            review.Status = ReviewStatus.InReview;
            return null;
        }, addRevision: false, ct);

    public Task<CommandResult<Review>> ScheduleAsync(string slug, DateTimeOffset? at, long? expectedVersion, ReviewActor actor, CancellationToken ct = default)
    {
        if (at is null) return Task.FromResult(CommandResult<Review>.Invalid("at", "Give the date and time to publish at."));
        if (at <= clock.GetUtcNow()) return Task.FromResult(CommandResult<Review>.Invalid("at", "The scheduled time is in the past; pick a time ahead."));
        return TransitionAsync(slug, expectedVersion, actor, (review, _) =>
        {
            if (!ReviewWorkflow.CanSchedule(actor, review.Status)) return actor.IsEditor ? "A published review cannot be scheduled." : "Only an editor can schedule a review.";
            review.Status = ReviewStatus.Scheduled;
            review.ScheduledFor = at;
            return null;
        }, addRevision: false, ct, bodyMustShow: true);
    }

    public Task<CommandResult<Review>> PublishAsync(string slug, long? expectedVersion, ReviewActor actor, CancellationToken ct = default) =>
        TransitionAsync(slug, expectedVersion, actor, (review, now) =>
        {
            if (!ReviewWorkflow.CanPublish(actor, review.Status)) return actor.IsEditor ? "This review is already published." : "Only an editor can publish a review.";
            Publish(review, now);
            return null;
        }, addRevision: true, ct, bodyMustShow: true);

    public Task<CommandResult<Review>> UnpublishAsync(string slug, long? expectedVersion, ReviewActor actor, CancellationToken ct = default) =>
        TransitionAsync(slug, expectedVersion, actor, (review, _) =>
        {
            if (!ReviewWorkflow.CanUnpublish(actor, review.Status)) return actor.IsEditor ? "This review is not published." : "Only an editor can unpublish a review.";
            review.Status = ReviewStatus.Unpublished;
            return null;
        }, addRevision: false, ct);

    /// <summary>Publishes every scheduled review whose time has come; returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Reviews.Where(r => r.Status == ReviewStatus.Scheduled && r.ScheduledFor <= now).ToListAsync(ct);
        foreach (var review in due)
        {
            Publish(review, review.ScheduledFor ?? now);
            await AddRevisionAsync(review, new ReviewActor(review.AuthorId, IsEditor: true), null, ct);
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<CommandResult<Review>> TransitionAsync(
        string slug, long? expectedVersion, ReviewActor actor, Func<Review, DateTimeOffset, string?> change, bool addRevision, CancellationToken ct,
        bool bodyMustShow = false)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Slug == slug, ct);
        if (review is null) return CommandResult<Review>.NotFound($"No review '{slug}'.");
        if (!ReviewWorkflow.CanRead(actor, review.AuthorId, review.Status)) return CommandResult<Review>.Forbidden("Only the review's author or an editor can work on it.");
        if (expectedVersion is { } v && v != review.Version) return CommandResult<Review>.Stale();
        // A body saved before the check at save existed may not render; it is not made public.
        if (bodyMustShow && ReviewMarkdownSyntax.Problem(review.Body) is { } problem) return CommandResult<Review>.Invalid("body", problem);
        if (change(review, clock.GetUtcNow()) is { } refusal)
            return actor.IsEditor ? CommandResult<Review>.Conflict("status", refusal) : CommandResult<Review>.Forbidden(refusal);
        if (addRevision) await AddRevisionAsync(review, actor, null, ct);
        return await SaveAsync(review, created: false, ct);
    }

    private static void Publish(Review review, DateTimeOffset at)
    {
        review.Status = ReviewStatus.Published;
        review.PublishedAt ??= at;
        review.ModifiedAt = at;
        review.ScheduledFor = null;
    }

    private async Task AddRevisionAsync(Review review, ReviewActor actor, string? correction, CancellationToken ct)
    {
        var last = review.Id == 0 ? 0 : await db.ReviewRevisions.Where(v => v.ReviewId == review.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        review.Revisions.Add(new ReviewRevision
        {
            Number = last + 1, Headline = review.Headline, Dek = review.Dek, Body = review.Body, EditorsNote = review.EditorsNote,
            ScoreText = review.ScoreText, CorrectionNote = correction, SavedById = actor.UserId, SavedAt = clock.GetUtcNow(),
        });
    }

    /// <summary>
    /// The slug someone asked for, or null when it is taken and they may be told so: editors, who see every review. Anyone
    /// else gets the next free one, as when no slug is asked for, so that the answer does not reveal a draft they cannot see.
    /// </summary>
    private Task<string?> ClaimSlugAsync(string wanted, ReviewActor actor, CancellationToken ct) =>
        actor.IsEditor ? FreeSlugs.ClaimAsync(Slugs(), wanted, wanted, null, ct) : FreeSlugAsync(wanted, ct);

    private static CommandResult<Review> SlugTaken(string slug) => CommandResult<Review>.Conflict("slug", $"A review with the slug '{slug}' exists.");

    /// <summary>The first free slug made from this base (<see cref="SlugClaim.Candidates"/>).</summary>
    private async Task<string?> FreeSlugAsync(string slugBase, CancellationToken ct) => await FreeSlugs.FirstFreeAsync(Slugs(), slugBase, null, ct);

    private IQueryable<string> Slugs() => db.Reviews.Select(r => r.Slug);

    private async Task<CommandResult<Review>> SaveAsync(Review review, bool created, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<Review>.Stale();
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation<Review>(e, nameof(Review.Slug)))
        {
            // Another writer took the slug between our check and our insert.
            return CommandResult<Review>.Conflict("slug", $"A review with the slug '{review.Slug}' exists.");
        }
        return created ? CommandResult<Review>.Created(review) : CommandResult<Review>.Ok(review);
    }

    private static void Apply(Review review, ReviewInput input, ReviewChoices choices)
    {
        review.Headline = input.Headline!.Trim();
        review.Dek = input.Dek!.Trim();
        review.Body = input.Body!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        review.EditorsNote = Clean(input.EditorsNote);
        review.SpoilerLevel = choices.SpoilerLevel;
        review.SetScore(choices.Score);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

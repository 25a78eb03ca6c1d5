using Marquee.Core.Reviews;
using Marquee.Data;
using Marquee.Core.Scores;
using Marquee.Data.Reviews;
using Marquee.Features.Reviews;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>/api/v1/reviews: published reviews for everyone; writing and the workflow for critics and editors (token or cookie), with ETags.</summary>
internal static class ReviewsApi
{
    private static readonly QueryParam PageSize = QueryParam.PageSize(100, 20);
    private static readonly QueryParam Film = QueryParam.Text("film", 120, "A film's slug.");
    private static readonly QueryParam Critic = QueryParam.Text("critic", 256, "A critic's user name.");
    private static readonly QueryParam Spoilers = QueryParam.Choice("spoilers", "show: the whole body, whatever the reader's spoiler shield.", "show");

    public static void MapReviewsApi(this RouteGroupBuilder api)
    {
        var reviews = api.MapGroup("/reviews").WithTags("Reviews");

        reviews.MapGet("/", async (HttpRequest request, ReviewQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var page = args.Int(QueryParam.Page) ?? 1;
            var pageSize = args.Int(PageSize) ?? 20;
            var filter = new ReviewFilter(args.Text(Film), args.Text(Critic));
            if (args.Errors is { } errors) return Problems.Invalid(errors);
            return Results.Ok(ApiPage<ReviewSummary>.Of(await queries.ListPublishedAsync(filter, page, pageSize, ct)));
        }).WithName("ListReviews").WithSummary("Published reviews, newest first; filter by film slug or critic user name.")
          .WithQuery(QueryParam.Page, PageSize, Film, Critic).Produces<ApiPage<ReviewSummary>>();

        reviews.MapGet("/{slug}", async (string slug, HttpContext http, ReviewQueries queries, CancellationToken ct) =>
        {
            var actor = ReviewActors.From(http.User);
            var review = await queries.GetAsync(slug, actor, ct);
            if (review is null) return Problems.NotFound($"No review '{slug}'.");
            // The author and editors edit the whole body; other readers get what the review page gives them.
            var mayEdit = actor is not null && (actor.IsEditor || actor.UserId == review.AuthorId);
            var view = SpoilerShield.BodyView(http.Request, review.FilmSlug, review.SpoilerLevel, mayEdit || http.Request.Query["spoilers"] == "show");
            var document = ReviewDocument.From(review, view);
            var etag = ETags.For(review.Version, view switch
            {
                ReviewBodyView.Withheld => "withheld",
                ReviewBodyView.SpoilersShielded when document.SpoilerBlocksOmitted > 0 => "shielded",
                _ => null,
            });
            http.Response.Headers.Vary = "Cookie";
            if (ETags.NotModified(http.Request, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
            http.Response.Headers.ETag = etag;
            return Results.Ok(document);
        }).WithName("GetReview").Produces<ReviewDocument>().WithETag().WithQuery(Spoilers)
            .WithSummary("A review with its Markdown body; drafts only for their author and editors.")
            .WithDescription("While a reader's shield is on, as on the review page, a full-spoiler review's body is withheld (bodyWithheld, body empty) and any other loses its spoiler blocks (spoilerBlocksOmitted); the author and editors, and ?spoilers=show, get it whole.");

        reviews.MapGet("/{slug}/revisions", async (string slug, HttpContext http, ReviewQueries queries, CancellationToken ct) =>
        {
            var actor = ReviewActors.From(http.User)!;
            var review = await queries.GetAsync(slug, actor, ct);
            if (review is null) return Problems.NotFound($"No review '{slug}'.");
            if (!actor.IsEditor && actor.UserId != review.AuthorId) return Problems.Status(StatusCodes.Status403Forbidden, "Only the author or an editor sees revisions.");
            return Results.Ok(await queries.RevisionsAsync(review.Id, ct));
        }).RequireAuthorization(Auth.CriticPolicy).Produces<IReadOnlyList<RevisionView>>()
          .WithName("ListReviewRevisions").WithSummary("The saved revisions of a review, for its author and editors.");

        reviews.MapPost("/", async (HttpContext http, ReviewCommands commands, ReviewQueries queries, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<ReviewInput>(http.Request);
            if (error is not null) return error;
            var actor = ReviewActors.From(http.User)!;
            var result = await commands.CreateAsync(input!, actor, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Created($"/api/v1/reviews/{result.Value.Slug}", ReviewDocument.From((await queries.GetAsync(result.Value.Slug, actor, ct))!));
        }).RequireAuthorization(Auth.CriticPolicy).Accepts<ReviewInput>("application/json").Produces<ReviewDocument>(201).WithETag()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("CreateReview").WithSummary("Create a draft review; the author is the caller.");

        reviews.MapPut("/{slug}", async (string slug, HttpContext http, ReviewCommands commands, ReviewQueries queries, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            var (input, error) = await ApiJson.ReadAsync<ReviewInput>(http.Request);
            if (error is not null) return error;
            var actor = ReviewActors.From(http.User)!;
            return await Respond(http, queries, actor, await commands.UpdateAsync(slug, input!, expected, actor, ct), ct);
        }).RequireAuthorization(Auth.CriticPolicy).Accepts<ReviewInput>("application/json").Produces<ReviewDocument>().RequireIfMatch()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateReview")
          .WithSummary("Replace a review's text. Send If-Match; a stale ETag gets 412. Edits of a published review are kept as revisions.");

        MapTransition(reviews, "submit", "SubmitReview", "Send a draft to the editors.", (c, slug, v, a, _, ct) => c.SubmitAsync(slug, v, a, ct));
        MapTransition(reviews, "publish", "PublishReview", "Publish now (editors).", (c, slug, v, a, _, ct) => c.PublishAsync(slug, v, a, ct));
        MapTransition(reviews, "unpublish", "UnpublishReview", "Take a published review down (editors).", (c, slug, v, a, _, ct) => c.UnpublishAsync(slug, v, a, ct));
        MapTransition(reviews, "schedule", "ScheduleReview", "Publish automatically at a future time (editors); body {\"at\": \"2026-12-01T09:00:00Z\"}.",
            (c, slug, v, a, at, ct) => c.ScheduleAsync(slug, at, v, a, ct), needsTime: true);

        api.MapPost("/review-images", ReviewImagesApi.UploadAsync).RequireAuthorization(Auth.CriticPolicy).WithTags("Reviews")
            .DisableAntiforgery().Accepts<ReviewImageUpload>("multipart/form-data").Produces<ReviewImageView>(201).WithName("UploadReviewImage")
            .WithSummary("Upload a JPEG, PNG or WebP (multipart: file, altText, caption, credit, licence); checked by content, at most 5 MB.");
    }

    private static void MapTransition(RouteGroupBuilder reviews, string action, string name, string summary,
        Func<ReviewCommands, string, long?, ReviewActor, DateTimeOffset?, CancellationToken, Task<CommandResult<Review>>> run, bool needsTime = false)
    {
        var endpoint = reviews.MapPost($"/{{slug}}/{action}", async (string slug, HttpContext http, ReviewCommands commands, ReviewQueries queries, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            DateTimeOffset? at = null;
            if (needsTime)
            {
                var (input, error) = await ApiJson.ReadAsync<ScheduleInput>(http.Request);
                if (error is not null) return error;
                at = input!.At;
            }
            var actor = ReviewActors.From(http.User)!;
            return await Respond(http, queries, actor, await run(commands, slug, expected, actor, at, ct), ct);
        }).RequireAuthorization(Auth.CriticPolicy).Produces<ReviewDocument>().WithETag().WithIfMatchParameter()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName(name).WithSummary(summary + " Send If-Match to guard against a stale read.");
        if (needsTime) endpoint.Accepts<ScheduleInput>("application/json");
    }

    private static async Task<IResult> Respond(HttpContext http, ReviewQueries queries, ReviewActor actor, CommandResult<Review> result, CancellationToken ct)
    {
        if (Problems.FromFailure(result) is { } failure) return failure;
        ETags.Set(http.Response, result.Value!.Version);
        return Results.Ok(ReviewDocument.From((await queries.GetAsync(result.Value.Slug, actor, ct))!));
    }
}

/// <summary>A score as the API shows it: the text as given, the scale's name, and the value on its best (letters on 0–100).</summary>
internal sealed record ScoreDocument(string Text, string Scale, double Value, double Best, double Normalised)
{
    public static ScoreDocument? From(Score? score) =>
        score is null ? null : new(score.Raw, score.Scale.Name(), (double)score.RatingValue, score.Best, (double)score.Normalised);
}

/// <summary>A review as the API shows it.</summary>
internal sealed record ReviewDocument(
    string Slug, string Film, string FilmTitle, CriticRef Author, string Headline, string Dek, string Body, string? EditorsNote,
    string SpoilerLevel, string Status, ScoreDocument? Score, DateTimeOffset? ScheduledFor, DateTimeOffset? PublishedAt, DateTimeOffset? ModifiedAt,
    IReadOnlyList<CorrectionView> Corrections, long Version, int SpoilerBlocksOmitted = 0, bool BodyWithheld = false)
{
    /// <summary>The review with as much of its body as <paramref name="view"/> allows.</summary>
    public static ReviewDocument From(ReviewDetails r, ReviewBodyView view = ReviewBodyView.Whole)
    {
        var whole = new ReviewDocument(
            r.Slug, r.FilmSlug, r.FilmTitle, r.Author, r.Headline, r.Dek, r.Body, r.GeneratedEditorsNote, r.SpoilerLevel.ToApi(), r.Status.ToApi(),
            ScoreDocument.From(r.Score), r.ScheduledFor, r.PublishedAt, r.ModifiedAt, r.Corrections, r.Version);
        switch (view)
        {
            case ReviewBodyView.Withheld:
                return whole with { Body = "", BodyWithheld = true };
            case ReviewBodyView.SpoilersShielded:
                var (body, omitted) = ReviewMarkdown.WithoutSpoilers(r.Body);
                return whole with { Body = body, SpoilerBlocksOmitted = omitted };
            default:
                return whole;
        }
    }
}

using Marquee.Data.Search;
using Marquee.Features.Reviews;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.Search;

/// <summary>The search result document: what was asked and what was found, best first.</summary>
public sealed record SearchResponse(string Query, string? Type, IReadOnlyList<SearchHit> Results);

/// <summary>/api/v1/search and /api/v1/search/suggest: films and people by any spelling, published reviews by their words.</summary>
internal static class SearchApi
{
    private static readonly QueryParam Query = QueryParam.Text("q", SearchQueries.MaxQueryLength, "What to search for.", required: true);
    private static readonly QueryParam Kind = QueryParam.Enum<SearchKind>("type", "Only films, people or (published) reviews; films and people when absent.");
    private static readonly QueryParam SearchLimit = QueryParam.Int("limit", 1, 50, "At most this many results (default 20).");
    private static readonly QueryParam SuggestLimit = QueryParam.Int("limit", 1, 20, "At most this many suggestions (default 8).");

    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        var search = api.MapGroup("/search").WithTags("Search");

        search.MapGet("/", async (HttpRequest request, SearchQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var q = args.Text(Query);
            var type = args.Enum<SearchKind>(Kind.Name);
            var limit = args.Int(SearchLimit) ?? 20;
            if (Errors(args, request) is { } errors) return Problems.Invalid(errors);
            if (type == SearchKind.Review)
            {
                // Which reviews match depends on the reader's spoiler shield (cookies), so shared caches must not mix readers.
                request.HttpContext.Response.Headers.CacheControl = "private, no-cache";
                request.HttpContext.Response.Headers.Vary = "Cookie";
                var reviews = await queries.SearchReviewsAsync(q!, limit, SpoilerShield.ForSearch(request), ct);
                return Results.Ok(new SearchResponse(q!, "review", reviews));
            }
            var hits = await queries.SearchAsync(q!, type, limit, ct);
            return Results.Ok(new SearchResponse(q!, type?.ToString().ToLowerInvariant(), hits));
        })
        .WithName("Search")
        .WithSummary("Search films and people, or with type=review published reviews by their text.")
        .WithDescription("q is tolerant of case, accents, word order, transliteration and one typo. For reviews, spoiler text only counts where the reader's spoiler shield is off.")
        .WithQuery(Query, Kind, SearchLimit).Produces<SearchResponse>();

        search.MapGet("/suggest", async (HttpRequest request, SearchQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var q = args.Text(Query);
            var limit = args.Int(SuggestLimit) ?? 8;
            if (Errors(args, request) is { } errors) return Problems.Invalid(errors);
            var hits = await queries.SuggestAsync(q!, limit, ct);
            return Results.Ok(new SearchResponse(q!, null, hits));
        })
        .WithName("Suggest").WithSummary("Type-ahead: every word of q may be the start of a word.")
        .WithQuery(Query, SuggestLimit).Produces<SearchResponse>();
    }

    // q is required: an empty search is a mistake to report, not a request for everything.
    private static Dictionary<string, string[]>? Errors(QueryArgs args, HttpRequest request)
    {
        var errors = args.Errors?.ToDictionary(e => e.Key, e => e.Value) ?? [];
        if (request.Query["q"].ToString().Trim().Length == 0) errors["q"] = ["Give something to search for."];
        return errors.Count == 0 ? null : errors;
    }
}

using Marquee.Data.Search;

namespace Marquee.Web.Api;

/// <summary>The search result document: what was asked and what was found, best first.</summary>
public sealed record SearchResponse(string Query, string? Type, IReadOnlyList<SearchHit> Results);

/// <summary>/api/v1/search and /api/v1/search/suggest: films and people by any spelling.</summary>
internal static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        var search = api.MapGroup("/search").WithTags("Search");

        search.MapGet("/", async (HttpRequest request, SearchQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var q = args.Text("q", SearchQueries.MaxQueryLength);
            var type = args.Enum<SearchKind>("type");
            var limit = args.Int("limit", 1, 50) ?? 20;
            if (Errors(args, request) is { } errors) return Problems.Invalid(errors);
            var hits = await queries.SearchAsync(q!, type, limit, ct);
            return Results.Ok(new SearchResponse(q!, type?.ToString().ToLowerInvariant(), hits));
        })
        .WithSummary("Search films and people: q is tolerant of case, accents, word order, transliteration and one typo; type is film, person or review.")
        .Produces<SearchResponse>();

        search.MapGet("/suggest", async (HttpRequest request, SearchQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var q = args.Text("q", SearchQueries.MaxQueryLength);
            var limit = args.Int("limit", 1, 20) ?? 8;
            if (Errors(args, request) is { } errors) return Problems.Invalid(errors);
            var hits = await queries.SuggestAsync(q!, limit, ct);
            return Results.Ok(new SearchResponse(q!, null, hits));
        })
        .WithSummary("Type-ahead: every word of q may be the start of a word.")
        .Produces<SearchResponse>();
    }

    // q is required: an empty search is a mistake to report, not a request for everything.
    private static Dictionary<string, string[]>? Errors(QueryArgs args, HttpRequest request)
    {
        var errors = args.Errors?.ToDictionary(e => e.Key, e => e.Value) ?? [];
        if (request.Query["q"].ToString().Trim().Length == 0) errors["q"] = ["Give something to search for."];
        return errors.Count == 0 ? null : errors;
    }
}

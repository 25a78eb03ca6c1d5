using Marquee.Data.Search;
using Marquee.Features.Reviews;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.Search;

/// <summary>/search?q=&amp;type=: the results page behind the header's search box, which works without script.</summary>
public sealed class IndexModel(SearchQueries search) : PageModel
{
    public string? Q { get; private set; }

    public string? Type { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    /// <summary>Published reviews holding the words; never matched nor quoted from spoilers the reader's shield hides.</summary>
    public IReadOnlyList<SearchHit> Reviews { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? type, CancellationToken ct)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Type = type is "film" or "person" or "review" ? type : null;
        if (Q is null) return;
        if (Q.Length > SearchQueries.MaxQueryLength)
        {
            Error = $"Search for at most {SearchQueries.MaxQueryLength} characters.";
            Q = Q[..SearchQueries.MaxQueryLength];
            return;
        }
        // Review results depend on the shield cookies, so shared caches must not mix readers.
        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers.Vary = "Cookie";
        if (Type != "review")
        {
            var kind = Type switch { "film" => SearchKind.Film, "person" => SearchKind.Person, _ => (SearchKind?)null };
            Hits = await search.SearchAsync(Q, kind, 50, ct);
        }
        if (Type is null or "review") Reviews = await search.SearchReviewsAsync(Q, Type is null ? 10 : 50, SpoilerShield.ForSearch(Request), ct);
    }
}

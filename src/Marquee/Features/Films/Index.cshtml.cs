using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.Films;

public sealed class IndexModel(FilmQueries films, TimeProvider clock) : PageModel
{
    public Paged<FilmSummary> Results { get; private set; } = null!;
    public FilmListQuery Query { get; private set; } = new();
    public IReadOnlyList<string> Genres { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]>? Errors { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var args = new QueryArgs(Request.Query);
        Query = args.FilmList(clock.GetUtcNow().Year + 10);
        Errors = args.Errors;
        if (Errors is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        Results = await films.ListAsync(Query, ct);
        Genres = await films.GenresAsync(ct);
        return Page();
    }

    public string LinkToPage(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["year"] = Query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["genre"] = Query.Genre,
        ["person"] = Query.Person,
        ["sort"] = Query.Sort.ToString().ToLowerInvariant(),
        ["order"] = Query.Descending ? "desc" : "asc",
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).Value is { } qs ? "/films" + qs : "/films";
}

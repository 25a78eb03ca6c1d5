using Marquee.Data.Films;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Pages;

public sealed class IndexModel(FilmQueries films) : PageModel
{
    public IReadOnlyList<FilmSummary> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Recent = (await films.ListAsync(new FilmListQuery(PageSize: 12, Sort: FilmSort.Release, Descending: true), ct)).Items;
}

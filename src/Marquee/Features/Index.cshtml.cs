using Marquee.Data.Films;
using Marquee.Data.Reviews;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Features;

[OutputCache(PolicyName = PageCache.Policy)]
public sealed class IndexModel(FilmQueries films, ReviewQueries reviews) : PageModel
{
    public IReadOnlyList<FilmSummary> Recent { get; private set; } = [];
    public IReadOnlyList<ReviewSummary> RecentReviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Recent = (await films.ListAsync(new FilmListQuery(PageSize: 12, Sort: FilmSort.Release, Descending: true), ct)).Items;
        RecentReviews = (await reviews.ListPublishedAsync(new ReviewFilter(), 1, 6, ct)).Items;
    }
}

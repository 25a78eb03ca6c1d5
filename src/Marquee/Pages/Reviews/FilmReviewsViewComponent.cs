using Marquee.Data.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Pages.Reviews;

/// <summary>The critics' reviews on a film page: each critic's score and dek (never the body), the aggregate from three scores, and a histogram.</summary>
public sealed class FilmReviewsViewComponent(ReviewQueries reviews) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string filmSlug) =>
        View("~/Pages/Reviews/_FilmReviews.cshtml", (filmSlug, await reviews.ForFilmAsync(filmSlug, HttpContext.RequestAborted)));
}

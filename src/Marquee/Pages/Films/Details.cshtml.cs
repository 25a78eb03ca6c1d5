using Marquee.Data.Films;
using Marquee.Data.Reviews;
using Marquee.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Pages.Films;

[OutputCache(PolicyName = PageCache.Policy)]
public sealed class DetailsModel(FilmQueries films, ReviewQueries reviews, IOptions<SiteOptions> site) : PageModel
{
    public FilmDetails Film { get; private set; } = null!;

    /// <summary>The critics' reviews and aggregate, for the badge and the reviews section.</summary>
    public FilmScores Scores { get; private set; } = null!;

    public string Country => site.Value.DefaultCountry;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var film = await films.GetDetailsAsync(slug, ct);
        if (film is null) return NotFound();
        Film = film;
        Scores = await reviews.ForFilmAsync(slug, ct);
        return Page();
    }
}

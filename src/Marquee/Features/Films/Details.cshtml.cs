using Marquee.Data.Films;
using Marquee.Web;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Features.Films;

[OutputCache(PolicyName = PageCache.Policy)]
public sealed class DetailsModel(FilmPageQueries pages, ReaderCountry readerCountry) : PageModel
{
    /// <summary>The film, the critics' reviews and score, and the info card for the reader's country.</summary>
    public FilmPage Film { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var film = await pages.GetAsync(slug, readerCountry.Of(Request), ct);
        if (film is null) return NotFound();
        Film = film;
        return Page();
    }
}

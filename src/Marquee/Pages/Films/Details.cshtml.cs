using Marquee.Data.Films;
using Marquee.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Pages.Films;

public sealed class DetailsModel(FilmQueries films, IOptions<SiteOptions> site) : PageModel
{
    public FilmDetails Film { get; private set; } = null!;

    public string Country => site.Value.DefaultCountry;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var film = await films.GetDetailsAsync(slug, ct);
        if (film is null) return NotFound();
        Film = film;
        return Page();
    }
}

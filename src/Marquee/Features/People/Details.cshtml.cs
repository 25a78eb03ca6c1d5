using Marquee.Data.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Features.People;

[OutputCache(PolicyName = PageCache.Policy)]
public sealed class DetailsModel(PersonQueries people) : PageModel
{
    public PersonDetails Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var person = await people.GetDetailsAsync(slug, ct);
        if (person is not null)
        {
            Person = person;
            return Page();
        }
        // /people/mark-eidelstein → /people/mark-eydelshteyn: every spelling finds the person.
        return await people.ResolveSlugAsync(slug, ct) is { } canonical
            ? RedirectPermanent($"/people/{canonical}")
            : NotFound();
    }
}

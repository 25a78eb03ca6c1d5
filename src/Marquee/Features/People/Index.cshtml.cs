using Marquee.Data;
using Marquee.Data.People;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.People;

public sealed class IndexModel(PersonQueries people) : PageModel
{
    public Paged<PersonSummary> Results { get; private set; } = null!;

    public string? Q { get; private set; }

    public async Task OnGetAsync(string? q, int? p, CancellationToken ct)
    {
        Q = q is { Length: <= 200 } ? q.Trim() : null;
        Results = await people.ListAsync(Math.Clamp(p ?? 1, 1, 100_000), 48, Q, ct);
    }

    public string LinkToPage(int page) => $"/people?q={Uri.EscapeDataString(Q ?? "")}&p={page}";
}

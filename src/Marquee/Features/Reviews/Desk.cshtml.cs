using Marquee.Data.Reviews;
using Marquee.Web;
using Marquee.Features.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Reviews;

/// <summary>/desk: the reviews a critic (their own) or an editor (all) works on, in every status.</summary>
[Authorize(Policy = Auth.CriticPolicy)]
public sealed class DeskModel(ReviewQueries reviews) : PageModel
{
    public IReadOnlyList<ReviewSummary> Reviews { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reviews = await reviews.ListForDeskAsync(ReviewActors.From(User)!, ct);
}

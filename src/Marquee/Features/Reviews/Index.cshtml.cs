using Marquee.Data;
using Marquee.Data.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>/reviews: published reviews, newest first, optionally by one critic.</summary>
public sealed class IndexModel(ReviewQueries reviews) : PageModel
{
    public Paged<ReviewSummary> Reviews { get; private set; } = null!;
    public CriticRef? Critic { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? critic, int? page, CancellationToken ct)
    {
        if (critic is not null)
        {
            Critic = await reviews.GetCriticAsync(critic, ct);
            if (Critic is null) return NotFound();
        }
        Reviews = await reviews.ListPublishedAsync(new ReviewFilter(Critic: critic), Math.Clamp(page ?? 1, 1, 100_000), 20, ct);
        return Page();
    }
}

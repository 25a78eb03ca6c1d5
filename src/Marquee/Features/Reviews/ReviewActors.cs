using System.Security.Claims;
using Marquee.Core.Reviews;
using Marquee.Data.Accounts;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>The signed-in account (token or cookie) as the review workflow sees it; null for anonymous readers.</summary>
public static class ReviewActors
{
    public static ReviewActor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return null;
        return new ReviewActor(id, user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin));
    }
}

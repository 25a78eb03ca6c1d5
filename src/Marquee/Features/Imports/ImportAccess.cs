using System.Security.Claims;
using Marquee.Features.Reviews;
using Marquee.Web;

namespace Marquee.Features.Imports;

/// <summary>Whose imports the signed-in account works on: editors and admins everyone's, a critic their own.</summary>
internal static class ImportAccess
{
    /// <summary>The account id to filter by, or null for all; no account matches nothing.</summary>
    public static string? OnlyBy(ClaimsPrincipal user) => ReviewActors.From(user) switch
    {
        { IsEditor: true } => null,
        { } critic => critic.UserId,
        null => "",
    };
}

using System.Security.Claims;
using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Web;

/// <summary>
/// The web sign-in cookie for critics and editors: HTTP-only, same-site strict; the API gets 401/403 instead of a redirect.
/// It names a server-side session (<see cref="UserSessions"/>), checked on every request, so that signing out, a password
/// or role change and disabling the account end it at once.
/// </summary>
internal static class SignInCookie
{
    public const string Name = "mq_auth";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/denied";
        options.ExpireTimeSpan = TimeSpan.FromDays(14);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        options.Events.OnValidatePrincipal = ValidateSessionAsync;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var live = principal.FindFirstValue(UserSessions.ClaimType) is { } session
            && principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && await context.HttpContext.RequestServices.GetRequiredService<UserSessions>()
                .IsLiveAsync(session, userId, principal.FindFirstValue(stampClaim), context.HttpContext.RequestAborted);
        if (live) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

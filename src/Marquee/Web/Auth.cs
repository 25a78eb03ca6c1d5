using System.Text.Encodings.Web;
using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marquee.Web;

/// <summary>
/// Who may do what. A request with an Authorization header is judged by its bearer token; any other by the
/// Identity sign-in cookie of the web pages. Film writes need an editor's token; reviews take either.
/// </summary>
internal static class Auth
{
    public const string ApiTokenScheme = "ApiToken";
    public const string TokenOrCookieScheme = "TokenOrCookie";
    public const string EditorPolicy = "editor";
    public const string CriticPolicy = "critic";

    /// <summary>Editors and admins by token or sign-in cookie: the editor pages of the desk.</summary>
    public const string EditorDeskPolicy = "editor-desk";

    public static IServiceCollection AddMarqueeAuth(this IServiceCollection services)
    {
        services.AddAuthentication(TokenOrCookieScheme)
            .AddPolicyScheme(TokenOrCookieScheme, "Bearer token or sign-in cookie", options => options.ForwardDefaultSelector =
                context => context.Request.Headers.Authorization.Count > 0 ? ApiTokenScheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenScheme, null)
            .AddCookie(IdentityConstants.ApplicationScheme, SignInCookie.Configure);
        new IdentityBuilder(typeof(MarqueeUser), typeof(Microsoft.AspNetCore.Identity.IdentityRole), services).AddSignInManager();
        services.AddScoped<PasswordSignIn>();
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.AddAuthenticationSchemes(ApiTokenScheme).RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(CriticPolicy, policy => policy.AddAuthenticationSchemes(TokenOrCookieScheme).RequireRole(Roles.Critic, Roles.Editor, Roles.Admin))
            .AddPolicy(EditorDeskPolicy, policy => policy.AddAuthenticationSchemes(TokenOrCookieScheme).RequireRole(Roles.Editor, Roles.Admin));
        return services;
    }
}

/// <summary>Authenticates `Authorization: Bearer mq_…` against the hashed tokens in the database.</summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.Fail("Use an Authorization: Bearer token.");
        var principal = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), Scheme.Name, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("Unknown or revoked token.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}

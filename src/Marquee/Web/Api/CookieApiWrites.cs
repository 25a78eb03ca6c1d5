using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Marquee.Web.Api;

/// <summary>
/// An API write (POST, PUT, PATCH, DELETE under /api) authenticated by the sign-in cookie must carry the antiforgery
/// token in the RequestVerificationToken header, as a page's script would; SameSite=Strict alone is not trusted. A bearer
/// token is not sent by a browser on its own, so a request with one needs no such header.
/// </summary>
internal static class CookieApiWrites
{
    public static IApplicationBuilder UseCookieApiAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (NeedsAntiforgery(http) && !await HasValidTokenAsync(http))
        {
            var header = HeaderName(http);
            await Problems.Status(StatusCodes.Status400BadRequest,
                    $"An API write with the sign-in cookie needs the antiforgery token in the {header} header (from a page's form); or send a bearer token.",
                    new Dictionary<string, string[]> { [header] = ["Missing or invalid antiforgery token."] })
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    private static bool NeedsAntiforgery(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method))
        && http.User.Identity is { IsAuthenticated: true } identity
        && identity.AuthenticationType != Auth.ApiTokenScheme;

    private static async Task<bool> HasValidTokenAsync(HttpContext http) =>
        // Only the header counts: reading a form here would read an upload before its endpoint's size checks.
        http.Request.Headers.ContainsKey(HeaderName(http))
        && await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);

    private static string HeaderName(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName ?? "RequestVerificationToken";
}

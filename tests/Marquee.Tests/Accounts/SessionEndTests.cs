using System.Net;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Accounts.AccountsApp;

namespace Marquee.Tests.Accounts;

/// <summary>A sign-in cookie kept from before a sign-out, a password change, a role change or a disable opens nothing.</summary>
public sealed class SessionEndTests
{
    /// <summary>The desk sends the cookie to sign in, and the API refuses it with 401: the session behind it is over.</summary>
    private static async Task AssertEndedAsync(MarqueeApp app, string cookie, string film)
    {
        var desk = await WithCookieAsync(app, cookie, HttpMethod.Get, "/desk");
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.StartsWith("/account/login", desk.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var write = await WithCookieAsync(app, cookie, HttpMethod.Post, "/api/v1/reviews", Json.Raw(System.Text.Json.JsonSerializer.Serialize(Review(film))));
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    private static async Task AssertLiveAsync(MarqueeApp app, string cookie) =>
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(app, cookie, HttpMethod.Get, "/desk")).StatusCode);

    [Theory]
    [AllProviders]
    public async Task Signing_out_ends_that_session_and_not_the_others(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (name, _) = await AddUserAsync(app, Roles.Critic);
        var kept = await SignInForCookieAsync(app, name);
        var otherDevice = await SignInForCookieAsync(app, name);
        await AssertLiveAsync(app, kept);

        // Sign out with that very cookie, as the page's Sign out button does.
        var page = await WithCookieAsync(app, kept, HttpMethod.Get, "/desk");
        var antiforgery = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => !c.StartsWith("mq_auth=", StringComparison.Ordinal)));
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(Ct),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var logout = await WithCookieAsync(app, $"{kept}; {antiforgery}", HttpMethod.Post, "/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        await AssertEndedAsync(app, kept, film);
        await AssertLiveAsync(app, otherDevice);
    }

    [Theory]
    [AllProviders]
    public async Task A_password_change_ends_every_session(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (name, token) = await AddUserAsync(app, Roles.Critic);
        var first = await SignInForCookieAsync(app, name);
        var second = await SignInForCookieAsync(app, name);
        await AssertLiveAsync(app, first);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserCommands>().SetPasswordAsync(name, "Another-long-password-2", Ct)).Succeeded);

        await AssertEndedAsync(app, first, film);
        await AssertEndedAsync(app, second, film);
        // The API token is not a session: it keeps working.
        Assert.Equal(HttpStatusCode.Created, (await WithToken(app, token).PostJsonAsync("/api/v1/reviews", Review(film))).StatusCode);
        await SignInAsync(CookieClient(app), name, "Another-long-password-2");
    }

    [Theory]
    [AllProviders]
    public async Task A_role_change_ends_every_session_and_the_next_sign_in_has_the_new_role(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (name, _) = await AddUserAsync(app, Roles.Critic);
        var kept = await SignInForCookieAsync(app, name);
        await AssertLiveAsync(app, kept);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserCommands>().SetRoleAsync(name, Roles.Reader, Ct)).Succeeded);

        await AssertEndedAsync(app, kept, film);
        var again = await SignInForCookieAsync(app, name);
        var desk = await WithCookieAsync(app, again, HttpMethod.Get, "/desk");
        Assert.StartsWith("/account/denied", desk.Headers.Location?.PathAndQuery, StringComparison.Ordinal); // a reader has no desk
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Accounts;

/// <summary>Accounts, the sign-in form and signed-in clients over HTTP, for the tests of sessions, tokens and sign-in.</summary>
internal static partial class AccountsApp
{
    public const string Password = "Correct-horse-battery-9";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<div class=\"field-error[^\"]*\" role=\"alert\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex AlertPattern();

    /// <summary>Creates an account with the sign-in password; returns its name and first API token.</summary>
    public static async Task<(string Name, string Token)> AddUserAsync(MarqueeApp app, string role)
    {
        var name = $"{role}-{Guid.NewGuid():n}"[..20];
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserCommands>().AddAsync(name, role, null, Password, Ct);
        Assert.True(created.Succeeded, created.Detail);
        return (name, created.Value!.Token);
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient CookieClient(MarqueeApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static HttpClient WithToken(MarqueeApp app, string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs the browser in through the form and checks that it worked.</summary>
    public static async Task SignInAsync(HttpClient browser, string name, string password = Password)
    {
        await SignInResponseAsync(browser, name, password);
    }

    /// <summary>A film to write reviews of, added by an editor's token; returns its slug.</summary>
    public static async Task<string> AddFilmAsync(MarqueeApp app)
    {
        var (_, token) = await AddUserAsync(app, Roles.Editor);
        var created = await WithToken(app, token).PostJsonAsync("/api/v1/films", new { title = "Tangerine", year = 2015, runtimeMinutes = 88 });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return (string)(await created.ReadNodeAsync())["slug"]!;
    }

    public static object Review(string film, string? slug = null) =>
        new { film, slug, headline = "A headline", dek = "A dek.", body = "A body.", spoilerLevel = "none" };

    public static Task<HttpResponseMessage> TrySignInAsync(HttpClient browser, string name, string password) =>
        PostFormAsync(browser, "/account/login", "/account/login", new() { ["UserName"] = name, ["Password"] = password });

    /// <summary>The antiforgery token of a page's forms (for the browser's user and antiforgery cookie).</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string page) =>
        WebUtility.HtmlDecode(TokenPattern().Match(await browser.GetStringAsync(page, Ct)).Groups[1].Value);

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FormTokenAsync(browser, formPage);
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    /// <summary>The text of the form's error summary.</summary>
    public static string Alert(string html) => WebUtility.HtmlDecode(Regex.Replace(AlertPattern().Match(html).Groups[1].Value, "<[^>]+>", "")).Trim();

    /// <summary>Signs in through the form with a client that keeps no cookies; returns the `mq_auth=…` cookie it was given, to replay.</summary>
    public static async Task<string> SignInForCookieAsync(MarqueeApp app, string name)
    {
        var login = await SignInResponseAsync(CookieClient(app), name);
        return login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("mq_auth=", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> SignInResponseAsync(HttpClient browser, string name, string password = Password)
    {
        var login = await TrySignInAsync(browser, name, password);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"{login.StatusCode}: {await login.Content.ReadAsStringAsync(Ct)}");
        return login;
    }

    /// <summary>A request from a client that holds only the given cookie (say, one copied before a sign-out).</summary>
    public static Task<HttpResponseMessage> WithCookieAsync(MarqueeApp app, string cookie, HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("Cookie", cookie);
        return app.Client().SendAsync(request, Ct);
    }
}

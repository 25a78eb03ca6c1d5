using System.Net;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using static Marquee.Tests.Accounts.AccountsApp;

namespace Marquee.Tests.Accounts;

/// <summary>An API write carried by the sign-in cookie needs the antiforgery header; one with a bearer token does not.</summary>
public sealed class CookieApiWritesTests
{
    [Theory]
    [AllProviders]
    public async Task A_cookie_write_without_the_antiforgery_header_is_refused(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (name, token) = await AddUserAsync(app, Roles.Critic);
        var browser = CookieClient(app);
        await SignInAsync(browser, name);

        var bare = await browser.PostJsonAsync("/api/v1/reviews", Review(film));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("application/problem+json", bare.Content.Headers.ContentType?.MediaType);
        Assert.Contains("RequestVerificationToken", await bare.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reviews") { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(Review(film))) };
        forged.Headers.Add("RequestVerificationToken", "made-up");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SendAsync(forged, Ct)).StatusCode);

        // A page's form token, sent as the header, is what a page's script would send.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reviews") { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(Review(film))) };
        request.Headers.Add("RequestVerificationToken", await FormTokenAsync(browser, "/desk"));
        var created = await browser.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // The image upload is a cookie write too.
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Reviews.ReviewImageTests.TinyPng), "file", "still.png" }, { new StringContent("A still."), "altText" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/api/v1/review-images", form, Ct)).StatusCode);

        // Reads need nothing, and a bearer token needs no antiforgery header.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/reviews", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await WithToken(app, token).PostJsonAsync("/api/v1/reviews", Review(film))).StatusCode);
    }
}

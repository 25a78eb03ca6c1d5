using System.Net;
using System.Text.RegularExpressions;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>The web sign-in (Identity cookie), the desk's forms with antiforgery and Post/Redirect/Get, and the cookie on the API.</summary>
public sealed partial class SignInAndDeskTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Password = "Correct-horse-battery-9";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private async Task<(HttpClient Client, string Name)> SignedInAsync(string role)
    {
        var name = $"{role}-{Guid.NewGuid():n}"[..20];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserCommands>().AddAsync(name, role, null, Password, Ct);
            Assert.True(created.Succeeded, created.Detail);
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await PostFormAsync(client, "/account/login", "/account/login", new() { ["UserName"] = name, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/desk", login.Headers.Location?.ToString());
        return (client, name);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage, Ct);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    [Fact]
    public async Task Wrong_password_stays_on_the_form_and_the_desk_needs_sign_in()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var desk = await anonymous.GetAsync("/desk", Ct);
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.StartsWith("/account/login", desk.Headers.Location?.PathAndQuery);
        var refused = await PostFormAsync(anonymous, "/account/login", "/account/login", new() { ["UserName"] = "theo-marsh", ["Password"] = "not-the-password" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("do not match", await refused.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "x", ["Password"] = "y" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Critic_writes_a_draft_through_the_form_and_an_editor_publishes_it()
    {
        var (critic, _) = await SignedInAsync("critic");
        var fields = new Dictionary<string, string>
        {
            ["Form.Film"] = "get-out-2017", ["Form.Headline"] = "Written on the desk", ["Form.Dek"] = "A dek.", ["Form.Body"] = "Desk body.",
            ["Form.SpoilerLevel"] = "none", ["Form.Score"] = "B+", ["Form.ScoreScale"] = "",
        };
        var saved = await PostFormAsync(critic, "/desk/reviews/new", "/desk/reviews/new?handler=Save", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        Assert.Matches("^/desk/reviews/get-out-2017-review(-[0-9]+)?$", location);
        var slug = location["/desk/reviews/".Length..];
        var editPage = await critic.GetStringAsync(location, Ct);
        Assert.Contains("Saved.", editPage);
        Assert.Contains("Written on the desk", editPage);

        // The critic's publish is refused; an editor's goes through.
        var version = Regex.Match(editPage, "name=\"Version\" value=\"([0-9]+)\"").Groups[1].Value;
        var refused = await PostFormAsync(critic, location, $"/desk/reviews/{slug}?handler=Publish", new() { ["Version"] = version });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only an editor can publish", await refused.Content.ReadAsStringAsync(Ct));
        var (editor, _) = await SignedInAsync("editor");
        var published = await PostFormAsync(editor, location, $"/desk/reviews/{slug}?handler=Publish", new() { ["Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Desk body.", await app.Client().GetStringAsync($"/reviews/{slug}", Ct));
    }

    [Fact]
    public async Task Invalid_form_shows_errors_on_the_same_page_and_stores_nothing()
    {
        var (critic, _) = await SignedInAsync("critic");
        var response = await PostFormAsync(critic, "/desk/reviews/new", "/desk/reviews/new?handler=Save", new()
        {
            ["Form.Film"] = "get-out-2017", ["Form.Headline"] = "Bad score", ["Form.Dek"] = "Dek.", ["Form.Body"] = "", ["Form.Score"] = "11/10", ["Form.SpoilerLevel"] = "none",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("is not a score out of 10", WebUtility.HtmlDecode(html));
        Assert.Contains("The body is empty", html);
        var desk = await critic.GetStringAsync("/desk", Ct);
        Assert.DoesNotContain("Bad score", desk);
    }

    [Fact]
    public async Task The_sign_in_cookie_works_on_the_api_too()
    {
        var (critic, name) = await SignedInAsync("critic");
        var created = await critic.PostJsonAsync("/api/v1/reviews", Review("get-out-2017", "Via cookie."));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(name, (string?)(await created.ReadNodeAsync())["author"]!["userName"]);
    }
}

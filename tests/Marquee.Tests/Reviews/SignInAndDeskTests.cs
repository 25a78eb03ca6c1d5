using System.Net;
using System.Text.RegularExpressions;
using Marquee.Core.Scores;
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
    public async Task The_scale_chosen_on_the_form_comes_back_selected_from_the_options_of_the_score_type()
    {
        var (critic, _) = await SignedInAsync("critic");
        var blank = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await critic.GetStringAsync("/desk/reviews/new", Ct));
        var offered = blank.QuerySelectorAll("select[name='Form.ScoreScale'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", .. ScoreScales.All.Select(f => f.Name)], offered);

        var saved = await PostFormAsync(critic, "/desk/reviews/new", "/desk/reviews/new?handler=Save", new()
        {
            ["Form.Film"] = "get-out-2017", ["Form.Headline"] = "Half a star short", ["Form.Dek"] = "A dek.", ["Form.Body"] = "Body.",
            ["Form.SpoilerLevel"] = "none", ["Form.Score"] = "★★★½", ["Form.ScoreScale"] = "stars-4",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await critic.GetStringAsync(saved.Headers.Location!.ToString(), Ct));
        Assert.Equal("stars-4", edit.QuerySelector("select[name='Form.ScoreScale'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("★★★½", edit.QuerySelector("input[name='Form.Score']")?.GetAttribute("value"));
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
        // With the cookie, an API write carries a page's antiforgery token as a header.
        var html = await critic.GetStringAsync("/desk", Ct);
        critic.DefaultRequestHeaders.Add("RequestVerificationToken", WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value));
        var created = await critic.PostJsonAsync("/api/v1/reviews", Review("get-out-2017", "Via cookie."));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(name, (string?)(await created.ReadNodeAsync())["author"]!["userName"]);
    }

    [Fact]
    public async Task Image_upload_form_checks_content_and_redirects_with_the_markdown_to_paste()
    {
        var (critic, _) = await SignedInAsync("critic");
        async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string alt)
        {
            var html = await critic.GetStringAsync("/desk/images", Ct);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value)), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "Upload", "still.png" },
                { new StringContent(alt), "AltText" },
                { new StringContent("Image via Neon"), "Credit" },
            };
            return await critic.PostAsync("/desk/images", form, Ct);
        }

        var refused = await UploadAsync("not an image"u8.ToArray(), "Alt.");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not a JPEG, PNG or WebP", await refused.Content.ReadAsStringAsync(Ct));

        var uploaded = await UploadAsync(ReviewImageTests.TinyPng, "A still.");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var page = WebUtility.HtmlDecode(await critic.GetStringAsync("/desk/images", Ct));
        Assert.Matches(@"!\[A still\.\]\(/media/[0-9a-f]{24}\.png\)", page);

        // Far over the limit: refused before the form is read, with a page that says why; nothing stored.
        var media = Path.Combine(app.DataDirectory, "media");
        var stored = Directory.GetFiles(media).Length;
        var huge = new byte[12 * 1024 * 1024];
        ReviewImageTests.TinyPng.CopyTo(huge, 0);
        var tooLarge = await UploadAsync(huge, "Too big.");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("<h1>Too large</h1><p>This form takes at most 5 MB.", await tooLarge.Content.ReadAsStringAsync(Ct));
        Assert.Equal(stored, Directory.GetFiles(media).Length);

        // Authorisation comes first: an anonymous oversized post is sent to sign in, not told about sizes.
        using var anonymous = app.Client();
        var anonymousPost = await anonymous.PostAsync("/desk/images", new ByteArrayContent(huge), Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPost.StatusCode);
        Assert.Contains("/account/login", anonymousPost.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Editor_schedules_and_unpublishes_from_the_desk_and_signs_out()
    {
        var (editor, _) = await SignedInAsync("editor");
        var saved = await PostFormAsync(editor, "/desk/reviews/new", "/desk/reviews/new?handler=Save", new()
        {
            ["Form.Film"] = "get-out-2017", ["Form.Headline"] = "Editor's own", ["Form.Dek"] = "Dek.", ["Form.Body"] = "Body.", ["Form.SpoilerLevel"] = "none",
        });
        var location = saved.Headers.Location!.ToString();
        var slug = location["/desk/reviews/".Length..];
        string Version(string html) => Regex.Match(html, "name=\"Version\" value=\"([0-9]+)\"").Groups[1].Value;

        var past = await PostFormAsync(editor, location, $"/desk/reviews/{slug}?handler=Schedule",
            new() { ["Version"] = Version(await editor.GetStringAsync(location, Ct)), ["ScheduleAt"] = "2001-01-01T09:00" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("in the past", await past.Content.ReadAsStringAsync(Ct));

        var scheduled = await PostFormAsync(editor, location, $"/desk/reviews/{slug}?handler=Schedule",
            new() { ["Version"] = Version(await editor.GetStringAsync(location, Ct)), ["ScheduleAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(scheduled.StatusCode == HttpStatusCode.Redirect, await scheduled.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Scheduled", await editor.GetStringAsync(location, Ct));

        await PostFormAsync(editor, location, $"/desk/reviews/{slug}?handler=Publish", new() { ["Version"] = Version(await editor.GetStringAsync(location, Ct)) });
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/reviews/{slug}", Ct)).StatusCode);
        var down = await PostFormAsync(editor, location, $"/desk/reviews/{slug}?handler=Unpublish", new() { ["Version"] = Version(await editor.GetStringAsync(location, Ct)) });
        Assert.True(down.StatusCode == HttpStatusCode.Redirect, "unpublish " + down.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/reviews/{slug}", Ct)).StatusCode);

        // A stale version from an old form is refused.
        var stale = await PostFormAsync(editor, location, $"/desk/reviews/{slug}?handler=Publish", new() { ["Version"] = "1" });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        var signedOut = await PostFormAsync(editor, "/desk", "/account/logout", []);
        Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, "logout " + signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/desk", Ct)).StatusCode);
    }
}

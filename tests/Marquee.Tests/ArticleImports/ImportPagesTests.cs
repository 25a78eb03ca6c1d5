using System.Net;
using Marquee.Data;
using Marquee.Data.ArticleImports;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.ArticleImports.ImportTestData;

namespace Marquee.Tests.ArticleImports;

/// <summary>The editor's import pages over HTTP: who may open them, antiforgery, paste and upload, decisions that change the database.</summary>
public sealed class ImportPagesTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> SignedInAsync(string role) => ImportTestData.SignedInAsync(app, role, Ct);

    private static Task<string> TokenAsync(HttpClient client, string page) => ImportTestData.TokenAsync(client, page, Ct);

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
    }

    private async Task<T> DbAsync<T>(Func<MarqueeDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
    }

    [Fact]
    public async Task Anonymous_readers_and_editors_see_what_their_role_allows()
    {
        var anonymous = app.Client();
        var toLogin = await anonymous.GetAsync("/desk/imports", Ct);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/account/login", toLogin.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        var reader = await SignedInAsync("reader");
        var denied = await reader.GetAsync("/desk/imports/new", Ct);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(denied.Headers.Location, Ct)).StatusCode);

        var editor = await SignedInAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/desk/imports", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/desk/imports/new", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/desk/imports/999999", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_critic_works_on_their_own_imports_and_leaves_catalogue_decisions_to_editors()
    {
        var critic = await SignedInAsync("critic");
        var text = LookAlikeArticle + "\n\nA critic's paste " + Guid.NewGuid();
        var created = await PostFormAsync(critic, "/desk/imports/new", "/desk/imports/new", new() { ["Text"] = text, ["Format"] = "text" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();
        var id = int.Parse(page["/desk/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var html = WebUtility.HtmlDecode(await critic.GetStringAsync(page, Ct));
        Assert.Contains("Andrej Tarkovsky", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept Andrej Tarkovsky", html, StringComparison.Ordinal);
        Assert.Contains("An editor decides the proposed links", html, StringComparison.Ordinal);
        Assert.DoesNotContain("as a new film", html, StringComparison.Ordinal); // adding a film is an editor's too
        Assert.Contains($"href=\"/desk/imports/{id}\"", await critic.GetStringAsync("/desk/imports", Ct), StringComparison.Ordinal);

        // Deciding a link writes an alias to the catalogue: editors only.
        var link = await DbAsync(db => db.ProposedLinks.SingleAsync(l => l.ArticleImportId == id && l.Spelling == "Andrej Tarkovsky", Ct));
        var refused = await PostFormAsync(critic, page, $"{page}?handler=AcceptLink&linkId={link.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Proposed, await DbAsync(db => db.ProposedLinks.Where(l => l.Id == link.Id).Select(l => l.Status).SingleAsync(Ct)));

        // Another critic does not see it, on the list or by its address, and cannot act on it.
        var other = await SignedInAsync("critic");
        Assert.DoesNotContain($"href=\"/desk/imports/{id}\"", await other.GetStringAsync("/desk/imports", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page, Ct)).StatusCode);
        var token = await TokenAsync(other, "/desk/imports/new");
        var discard = await other.PostAsync($"{page}?handler=Discard", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.NotFound, discard.StatusCode);
        Assert.Equal(ImportStatus.Pending, await DbAsync(db => db.ArticleImports.Where(i => i.Id == id).Select(i => i.Status).SingleAsync(Ct)));
        var same = await PostFormAsync(other, "/desk/imports/new", "/desk/imports/new", new() { ["Text"] = text, ["Format"] = "text" });
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Contains("Someone else imported this article already", WebUtility.HtmlDecode(await same.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        // The owner makes the draft, which is theirs; an editor sees the import too.
        var draft = await PostFormAsync(critic, page, $"{page}?handler=CreateDraft", []);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var slug = draft.Headers.Location!.ToString()["/desk/reviews/".Length..];
        var author = await DbAsync(db => db.Reviews.Where(r => r.Slug == slug).Select(r => r.AuthorId).SingleAsync(Ct));
        Assert.Equal(await DbAsync(db => db.ArticleImports.Where(i => i.Id == id).Select(i => i.CreatedById).SingleAsync(Ct)), author);
        var editor = await SignedInAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(page, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var editor = await SignedInAsync("editor");
        var before = await DbAsync(db => db.ArticleImports.CountAsync(Ct));
        var response = await editor.PostAsync("/desk/imports/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = LookAlikeArticle }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await DbAsync(db => db.ArticleImports.CountAsync(Ct)));
    }

    [Fact]
    public async Task Pasted_text_becomes_an_import_whose_links_an_editor_accepts_or_rejects()
    {
        var editor = await SignedInAsync("editor");
        var created = await PostFormAsync(editor, "/desk/imports/new", "/desk/imports/new", new() { ["Text"] = LookAlikeArticle + "\n\nA closing line to make this paste unique: " + Guid.NewGuid(), ["Format"] = "text" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();
        Assert.Matches("^/desk/imports/[0-9]+$", page);
        var id = int.Parse(page["/desk/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(page, Ct));
        Assert.Contains("value=\"Anora\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"4/5\"", html, StringComparison.Ordinal);
        Assert.Contains("Andrej Tarkovsky", html, StringComparison.Ordinal);

        var link = await DbAsync(db => db.ProposedLinks.SingleAsync(l => l.ArticleImportId == id && l.Spelling == "Andrej Tarkovsky", Ct));
        Assert.Equal(ProposalStatus.Proposed, link.Status);
        var rejected = await PostFormAsync(editor, page, $"{page}?handler=RejectLink&linkId={link.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ProposalStatus.Rejected, await DbAsync(db => db.ProposedLinks.Where(l => l.Id == link.Id).Select(l => l.Status).SingleAsync(Ct)));
        Assert.False(await DbAsync(db => db.PersonAliases.AnyAsync(a => a.Name == "Andrej Tarkovsky", Ct)));

        // Changing one's mind: accepting keeps the spelling as an alias of that person, named for the import.
        await PostFormAsync(editor, page, $"{page}?handler=AcceptLink&linkId={link.Id}", []);
        var alias = await DbAsync(db => db.PersonAliases.Where(a => a.Name == "Andrej Tarkovsky").Select(a => new { a.Person!.Slug, a.Source }).SingleAsync(Ct));
        Assert.Equal(("andrei-tarkovsky", "article import: pasted text"), (alias.Slug, alias.Source));

        // A bad correction stays on the page with the field's message; a good one is stored.
        var bad = await PostFormAsync(editor, page, $"{page}?handler=Correct", new() { ["Form.FilmTitle"] = "Anora", ["Form.Score"] = "11/10", ["Form.Headline"] = "H", ["Form.PublicationDate"] = "3 Nov" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        Assert.Contains("is not a score out of 10", badHtml, StringComparison.Ordinal);
        Assert.Contains("yyyy-mm-dd", badHtml, StringComparison.Ordinal);
        var good = await PostFormAsync(editor, page, $"{page}?handler=Correct", new()
        {
            ["Form.FilmTitle"] = "Anora", ["Form.Score"] = "B+", ["Form.Headline"] = "Corrected headline", ["Form.PublicationDate"] = "2024-11-04",
            ["Form.HasSpoilerWarning"] = "true", ["Form.Directors"] = "Sean Baker", ["Form.Credits"] = "Mikey Madison | Anora | Ani",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var draft = await PostFormAsync(editor, page, $"{page}?handler=CreateDraft", []);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var slug = draft.Headers.Location!.ToString()["/desk/reviews/".Length..];
        var review = await DbAsync(db => db.Reviews.Where(r => r.Slug == slug).Select(r => new { r.Headline, r.ScoreText, r.SpoilerLevel, r.Status }).SingleAsync(Ct));
        Assert.Equal(("Corrected headline", "B+", "Full", "Draft"), (review.Headline, review.ScoreText, review.SpoilerLevel.ToString(), review.Status.ToString()));
        Assert.Contains("Corrected headline", await editor.GetStringAsync(draft.Headers.Location, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_film_the_catalogue_lacks_is_added_from_the_import_page()
    {
        var editor = await SignedInAsync("editor");
        var text = LookAlikeArticle.Replace("Anora", "Brighton Nights", StringComparison.Ordinal) + "\n\n" + Guid.NewGuid();
        var created = await PostFormAsync(editor, "/desk/imports/new", "/desk/imports/new", new() { ["Text"] = text, ["Format"] = "text" });
        var page = created.Headers.Location!.ToString();
        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(page, Ct));
        Assert.Contains("No film in the catalogue matches", html, StringComparison.Ordinal);
        Assert.Contains("Add “Brighton Nights” as a new film", html, StringComparison.Ordinal);

        var added = await PostFormAsync(editor, page, $"{page}?handler=AddFilm", []);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        html = WebUtility.HtmlDecode(await editor.GetStringAsync(page, Ct));
        Assert.Contains("Film added to the catalogue", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/films/brighton-nights-2024\">Brighton Nights</a> (2024)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/films/brighton-nights-2024", Ct)).StatusCode);
    }

    [Fact]
    public async Task Uploaded_html_with_scripts_is_shown_escaped_and_oversized_uploads_get_413()
    {
        var editor = await SignedInAsync("editor");
        var page = "<html><head><title>Anora review</title><script>alert('pwned')</script></head><body><article><h1>Anora Review: Teeth</h1>"
            + "<p>Published November 5, 2024</p><p>Sean Baker's Anora is a screwball comedy that turns, late and hard, into something sadder.</p>"
            + "<p>Mikey Madison plays Anora with a fierce comic timing that never asks for pity.<img src=x onerror=alert(2)></p><p>Rating: 8/10</p></article></body></html>";
        async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string name)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(await TokenAsync(editor, "/desk/imports/new")), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "Upload", name },
            };
            return await editor.PostAsync("/desk/imports/new", form, Ct);
        }

        var uploaded = await UploadAsync(System.Text.Encoding.UTF8.GetBytes(page), "anora.html");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var html = await editor.GetStringAsync(uploaded.Headers.Location, Ct);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("value=\"8/10\"", html, StringComparison.Ordinal);

        var before = await DbAsync(db => db.ArticleImports.CountAsync(Ct));
        var huge = await UploadAsync(new byte[3 * 1024 * 1024], "huge.html");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("<h1>Too large</h1><p>This form takes at most 2 MB.", await huge.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var latin1 = await UploadAsync([.. "<p>Anora caf"u8, 0xE9, .. "</p>"u8], "latin1.html");
        Assert.Equal(HttpStatusCode.BadRequest, latin1.StatusCode);
        Assert.Contains("not valid UTF-8", await latin1.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var empty = await PostFormAsync(editor, "/desk/imports/new", "/desk/imports/new", new() { ["Text"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("is empty", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await DbAsync(db => db.ArticleImports.CountAsync(Ct)));
    }
}

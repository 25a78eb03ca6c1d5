using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Marquee.Core.Reviews;
using Marquee.Data.Reviews;
using Microsoft.EntityFrameworkCore;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>The editorial workflow and every bad input over the API: each refusal is problem+json and changes nothing.</summary>
public sealed class ReviewWorkflowTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Film = "the-irishman-2019";

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null) Assert.NotNull(JsonNode.Parse(text)!["errors"]![field]);
    }

    [Fact]
    public async Task Draft_to_review_to_published_to_corrected_to_unpublished()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var created = await CreateAsync(critic, Review(Film, "First words.", score: "★★★½"));
        var slug = (string)created["slug"]!;
        Assert.Equal("draft", (string?)created["status"]);
        Assert.Equal("★★★½", (string?)created["score"]!["text"]);
        Assert.Equal(70, (double)created["score"]!["normalised"]!);

        // Drafts are not public.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/api/v1/reviews/{slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/reviews/{slug}", Ct)).StatusCode);

        var submitted = await ActAsync(critic, slug, "submit");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("in-review", (string?)(await submitted.ReadNodeAsync())["status"]);

        var published = await ActAsync(editor, slug, "publish", submitted.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var doc = await published.ReadNodeAsync();
        Assert.Equal("published", (string?)doc["status"]);
        Assert.NotNull(doc["publishedAt"]);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/reviews/{slug}", Ct)).StatusCode);

        // The critic can no longer edit; the editor corrects it, which is listed with its date.
        var edit = Review(Film, "First words, corrected.", score: "★★★½");
        var refused = await Put(critic, slug, edit, published.Headers.ETag);
        await AssertProblem(refused, HttpStatusCode.Forbidden);
        var corrected = await Put(editor, slug, new { film = Film, headline = "A test headline", dek = "A one-line summary.", body = "First words, corrected.", spoilerLevel = "none", score = "★★★½", correctionNote = "An earlier version misnamed the cinematographer." }, published.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var correctedDoc = await corrected.ReadNodeAsync();
        Assert.Equal("corrected", (string?)correctedDoc["status"]);
        Assert.Single(correctedDoc["corrections"]!.AsArray());
        var page = await app.Client().GetStringAsync($"/reviews/{slug}", Ct);
        Assert.Contains("An earlier version misnamed the cinematographer.", page);
        Assert.Contains("First words, corrected.", page);

        var revisions = (await (await editor.GetAsync($"/api/v1/reviews/{slug}/revisions", Ct)).ReadNodeAsync()).AsArray();
        Assert.Equal(2, revisions.Count);

        var down = await ActAsync(editor, slug, "unpublish");
        Assert.Equal("unpublished", (string?)(await down.ReadNodeAsync())["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/reviews/{slug}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("no-such-film-1999", "8/10", "Words.", "film")]
    [InlineData(Film, "11/10", "Words.", "score")]
    [InlineData(Film, "F+", "Words.", "score")]
    [InlineData(Film, "8/10", "   ", "body")]
    public async Task Bad_review_is_400_with_the_field_and_nothing_is_stored(string film, string score, string body, string field)
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var headline = $"Refused {Guid.NewGuid():n}";
        var response = await critic.PostJsonAsync("/api/v1/reviews", new { film, headline, dek = "Dek.", body, spoilerLevel = "none", score });
        await AssertProblem(response, HttpStatusCode.BadRequest, field);
        var desk = await app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>().Reviews.CountAsync(r => r.Headline == headline, Ct);
        Assert.Equal(0, desk);
    }

    [Fact]
    public async Task Unknown_fields_and_bad_spoiler_levels_are_400()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        await AssertProblem(await critic.PostAsync("/api/v1/reviews", Json.Raw("""{"film":"the-irishman-2019","headline":"h","dek":"d","body":"b","rating":5}"""), Ct), HttpStatusCode.BadRequest, "rating");
        await AssertProblem(await critic.PostJsonAsync("/api/v1/reviews", new { film = Film, headline = "h", dek = "d", body = "b", spoilerLevel = "some" }), HttpStatusCode.BadRequest, "spoilerLevel");
        await AssertProblem(await critic.PostJsonAsync("/api/v1/reviews", new { film = Film, headline = "h", dek = "d", body = "b", score = "7", scoreScale = "out-of-7" }), HttpStatusCode.BadRequest, "scoreScale");
    }

    [Fact]
    public async Task Stale_etag_is_412_and_changes_nothing()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var first = await critic.PostJsonAsync("/api/v1/reviews", Review(Film, "Version one."));
        var slug = (string)(await first.ReadNodeAsync())["slug"]!;
        Assert.Equal(HttpStatusCode.OK, (await Put(critic, slug, Review(Film, "Version two."), first.Headers.ETag)).StatusCode);
        await AssertProblem(await Put(critic, slug, Review(Film, "Version three."), first.Headers.ETag), HttpStatusCode.PreconditionFailed);
        Assert.Equal("Version two.", (string?)(await (await critic.GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync())["body"]);
    }

    [Fact]
    public async Task A_critic_cannot_publish_or_edit_another_critics_review()
    {
        var author = await app.ClientWithRoleAsync("critic");
        var other = await app.ClientWithRoleAsync("critic");
        var slug = (string)(await CreateAsync(author, Review(Film, "Mine.")))["slug"]!;
        await AssertProblem(await Put(other, slug, Review(Film, "Theirs."), EntityTagHeaderValue.Any), HttpStatusCode.Forbidden);
        await AssertProblem(await ActAsync(other, slug, "publish"), HttpStatusCode.Forbidden);
        await AssertProblem(await ActAsync(author, slug, "publish"), HttpStatusCode.Forbidden);
        Assert.Equal("draft", (string?)(await (await author.GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync())["status"]);
    }

    [Fact]
    public async Task Anonymous_and_reader_writes_are_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostJsonAsync("/api/v1/reviews", Review(Film, "x"))).StatusCode);
        var reader = await app.ClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostJsonAsync("/api/v1/reviews", Review(Film, "x"))).StatusCode);
        var badToken = app.Client();
        badToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "mq_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await badToken.PostJsonAsync("/api/v1/reviews", Review(Film, "x"))).StatusCode);
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_refused_and_a_due_review_is_published()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var slug = (string)(await CreateAsync(critic, Review(Film, "Scheduled words.")))["slug"]!;
        await AssertProblem(await ActAsync(editor, slug, "schedule", body: new { at = DateTimeOffset.UtcNow.AddDays(-1) }), HttpStatusCode.BadRequest, "at");
        await AssertProblem(await ActAsync(critic, slug, "schedule", body: new { at = DateTimeOffset.UtcNow.AddDays(2) }), HttpStatusCode.Forbidden);

        var at = DateTimeOffset.UtcNow.AddDays(2);
        var scheduled = await ActAsync(editor, slug, "schedule", body: new { at });
        Assert.Equal("scheduled", (string?)(await scheduled.ReadNodeAsync())["status"]);

        // Two days on, the publisher finds it due.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        var clock = new FakeTimeProvider(at.AddMinutes(1));
        Assert.True(await new ReviewCommands(db, clock).PublishDueAsync(Ct) >= 1);
        var doc = await (await app.Client().GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync();
        Assert.Equal("published", (string?)doc["status"]);
    }

    [Fact]
    public async Task Review_etag_gives_304_when_unchanged()
    {
        var response = await app.Client().GetAsync("/api/v1/reviews/anora-review", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reviews/anora-review");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await app.Client().SendAsync(again, Ct)).StatusCode);
    }

    [Fact]
    public async Task Review_list_filters_by_film_and_critic()
    {
        var byFilm = await (await app.Client().GetAsync("/api/v1/reviews?film=anora-2024", Ct)).ReadNodeAsync();
        Assert.True((int)byFilm["total"]! >= 4);
        Assert.All(byFilm["items"]!.AsArray(), r => Assert.Equal("anora-2024", (string?)r!["filmSlug"]));
        var byCritic = await (await app.Client().GetAsync("/api/v1/reviews?critic=theo-marsh", Ct)).ReadNodeAsync();
        Assert.All(byCritic["items"]!.AsArray(), r => Assert.Equal("theo-marsh", (string?)r!["author"]!["userName"]));
        await AssertProblem(await app.Client().GetAsync("/api/v1/reviews?pageSize=0", Ct), HttpStatusCode.BadRequest, "pageSize");
    }

    private static async Task<HttpResponseMessage> Put(HttpClient client, string slug, object body, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reviews/{slug}") { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(body)) };
        if (etag is not null) request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request, Ct);
    }
}

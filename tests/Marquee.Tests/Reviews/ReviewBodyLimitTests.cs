using System.Net;
using System.Text.Json.Nodes;
using Marquee.Core.Reviews;
using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.Reviews;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>One app per provider with one film to review.</summary>
public sealed class ReviewBodyApps : ProviderApps
{
    public const string Film = "the-substance-2024";

    protected override async Task SeedAsync(MarqueeApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<FilmCommands>().CreateAsync(new FilmInput(Film, "The Substance", Year: 2024))).Succeeded);
    }
}

/// <summary>
/// Bodies nested past what a review may hold are refused at save with 400 naming body, on every database; a body stored
/// before that check renders as plain text instead of failing, and cannot be published.
/// </summary>
public sealed class ReviewBodyLimitTests(ReviewBodyApps apps) : IClassFixture<ReviewBodyApps>
{
    private const string Film = ReviewBodyApps.Film;

    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    /// <summary>Each within the body's 100,000 characters.</summary>
    private static readonly (string Name, string Body)[] TooDeep =
    [
        ("60,000 >", new string('>', 60_000)),
        ("60,000 [", new string('[', 60_000)),
        ("*a 49,000 times", Repeat("*a", 49_000)),
        ("2,000 nested ::: spoiler", Repeat("::: spoiler\n", 2_000) + "The end."),
        ("lists nested 200 deep", string.Join("\n", Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item"))),
        ("33 nested quotes", Repeat("> ", ReviewMarkdownSyntax.MaxNesting + 1) + "Too deep."),
    ];

    [Theory(Timeout = 300_000)]
    [MemberData(nameof(Providers))]
    public async Task A_body_nested_too_deep_is_400_naming_body_and_nothing_is_stored(Provider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.AppAsync(provider);
        var critic = await app.ClientWithRoleAsync("critic");
        var count = await CountAsync(app);
        foreach (var (name, body) in TooDeep)
        {
            var response = await critic.PostJsonAsync("/api/v1/reviews", Review(Film, body));
            var text = await response.Content.ReadAsStringAsync(ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode} {text[..Math.Min(300, text.Length)]}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("levels deep", (string?)JsonNode.Parse(text)!["errors"]!["body"]![0], StringComparison.Ordinal);
        }
        Assert.Equal(count, await CountAsync(app));

        // As deep as allowed is saved; an edit past it is refused.
        var created = await CreateAsync(critic, Review(Film, Repeat("> ", ReviewMarkdownSyntax.MaxNesting) + "Deep enough."));
        var slug = (string)created["slug"]!;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reviews/{slug}") { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(Review(Film, new string('>', 60_000)), Web)) };
        put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{(long)created["version"]!}\""));
        var refused = await critic.SendAsync(put, ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.ReadNodeAsync())["errors"]!["body"]);
    }

    [Theory(Timeout = 300_000)]
    [MemberData(nameof(Providers))]
    public async Task The_desk_form_shows_the_error_on_the_body(Provider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.AppAsync(provider);
        var critic = await ArticleImports.ImportTestData.SignedInAsync(app, "critic", ct);
        var fields = new Dictionary<string, string>
        {
            ["Form.Film"] = Film, ["Form.Headline"] = "Too deep", ["Form.Dek"] = "A dek.", ["Form.Body"] = Repeat("::: spoiler\n", 2_000),
            ["Form.SpoilerLevel"] = "none", ["__RequestVerificationToken"] = await ArticleImports.ImportTestData.TokenAsync(critic, "/desk/reviews/new", ct),
        };
        var response = await critic.PostAsync("/desk/reviews/new?handler=Save", new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));
        Assert.Matches("data-valmsg-for=\"Form.Body\"[^>]*>The body nests [^<]* levels deep", html);
    }

    [Theory(Timeout = 300_000)]
    [MemberData(nameof(Providers))]
    public async Task A_bad_body_stored_before_the_check_renders_as_plain_text_and_cannot_be_published(Provider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.AppAsync(provider);
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var bad = "Opening words stay readable.\n\n" + new string('>', 60_000);
        var draft = (string)(await CreateAsync(critic, Review(Film, "A body that will be replaced.")))["slug"]!;
        var live = await PublishedAsync(app, Review(Film, "A body that will be replaced.", spoilerLevel: "premise"));
        await StoreBodyAsync(app, draft, bad);
        await StoreBodyAsync(app, live, bad);

        var publish = await ActAsync(editor, draft, "publish");
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.NotNull((await publish.ReadNodeAsync())["errors"]!["body"]);
        var schedule = await ActAsync(editor, draft, "schedule", body: new { at = DateTimeOffset.UtcNow.AddDays(2) });
        Assert.Equal(HttpStatusCode.BadRequest, schedule.StatusCode);

        // Shielded readers get a notice (spoilers cannot be told apart); revealed, the text is shown escaped.
        var reader = app.Client();
        var shielded = await reader.GetAsync($"/reviews/{live}", ct);
        Assert.Equal(HttpStatusCode.OK, shielded.StatusCode);
        var shieldedHtml = await shielded.Content.ReadAsStringAsync(ct);
        Assert.Contains("cannot be laid out as written", shieldedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Opening words stay readable.", shieldedHtml, StringComparison.Ordinal);
        var revealed = await reader.GetAsync($"/reviews/{live}?spoilers=show", ct);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        var revealedHtml = await revealed.Content.ReadAsStringAsync(ct);
        Assert.Contains("Opening words stay readable.", revealedHtml, StringComparison.Ordinal);
        Assert.Contains("&gt;&gt;&gt;&gt;", revealedHtml, StringComparison.Ordinal);
        var api = await reader.GetAsync($"/api/v1/reviews/{live}", ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(1, (int)(await api.ReadNodeAsync())["spoilerBlocksOmitted"]!);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/films/{Film}", ct)).StatusCode);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static async Task<int> CountAsync(MarqueeApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Reviews.CountAsync(TestContext.Current.CancellationToken);
    }

    // As a database written before the check holds it: straight through the context, past the validator.
    private static async Task StoreBodyAsync(MarqueeApp app, string slug, string body)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var review = await db.Reviews.SingleAsync(r => r.Slug == slug, TestContext.Current.CancellationToken);
        review.Body = body;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

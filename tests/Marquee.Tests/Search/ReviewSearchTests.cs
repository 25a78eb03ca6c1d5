using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Marquee.Data.Films;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Search;

/// <summary>One app per provider with two films to review; reviews are written over the API by each test.</summary>
public sealed class ReviewSearchApps : ProviderApps
{
    public const string Film = "the-substance-2024";
    public const string OtherFilm = "all-we-imagine-as-light-2024";

    protected override async Task SeedAsync(MarqueeApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        Assert.True((await films.CreateAsync(new FilmInput(Film, "The Substance", Year: 2024))).Succeeded);
        Assert.True((await films.CreateAsync(new FilmInput(OtherFilm, "All We Imagine as Light", Year: 2024))).Succeeded);
    }
}

/// <summary>
/// Review search on SQLite and PostgreSQL: published reviews are found by their words, never by words inside spoiler
/// text while the reader's shield is on, and snippets never quote spoilers; drafts and unpublished reviews are never found.
/// </summary>
public sealed class ReviewSearchTests(ReviewSearchApps apps) : IClassFixture<ReviewSearchApps>
{
    // Words made up per run, so no other review and no earlier run can match them.
    private static string Word() => "w" + string.Concat(Guid.NewGuid().ToString("n").Where(char.IsAsciiLetter).Select(c => (char)('k' + (c - 'a'))).Take(8)) + "rum";

    private static HttpClient Reader(MarqueeApp app, string? cookie = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<JsonArray> FindAsync(HttpClient reader, string q)
    {
        var response = await reader.GetAsync($"/api/v1/search?type=review&q={Uri.EscapeDataString(q)}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadNodeAsync())["results"]!.AsArray();
    }

    private static async Task<IReadOnlyList<string>> SlugsAsync(HttpClient reader, string q) =>
        (await FindAsync(reader, q)).Select(r => (string)r!["slug"]!).ToList();

    [Theory]
    [AllProviders]
    public async Task A_planted_spoiler_is_neither_found_nor_quoted_while_the_shield_is_on(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var (open, secret) = (Word(), Word());
        var planted = $"In the end the {secret} twist reveals everything.";
        var body = $"The opening is about {open} and is safe to read.\n\n::: spoiler\n{planted}\n:::\n\nA closing paragraph on {open} again.";
        var slug = await PublishedAsync(app, Review(ReviewSearchApps.Film, body, headline: $"Review {Word()}"));

        var shielded = Reader(app);
        var hits = await FindAsync(shielded, open);
        var hit = Assert.Single(hits);
        Assert.Equal(slug, (string?)hit!["slug"]);
        Assert.Equal("review", (string?)hit["type"]);
        Assert.Equal($"/reviews/{slug}", (string?)hit["url"]);
        Assert.Equal("The Substance", (string?)hit["film"]);
        Assert.Contains(open, (string?)hit["snippet"]);
        Assert.DoesNotContain(secret, hit.ToJsonString());
        Assert.DoesNotContain("twist", hit.ToJsonString());

        Assert.Empty(await FindAsync(shielded, secret));
        Assert.Empty(await FindAsync(shielded, $"{open} {secret}"));
        var page = await shielded.GetStringAsync($"/search?q={secret}", Ct);
        Assert.DoesNotContain(slug, page);
        var openPage = await shielded.GetStringAsync($"/search?q={open}", Ct);
        Assert.Contains($"/reviews/{slug}", openPage);
        Assert.DoesNotContain(secret, openPage);

        // With the shield off, the spoiler words match, but the snippet still quotes only shown text.
        var off = await FindAsync(Reader(app, "mq_spoilers=off"), secret);
        Assert.Equal(slug, (string?)Assert.Single(off)!["slug"]);
        Assert.DoesNotContain(secret, off.ToJsonString());
    }

    [Theory]
    [AllProviders]
    public async Task Seen_it_lifts_the_shield_for_that_film_only(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var secret = Word();
        var body = $"Safe words.\n\n::: spoiler\nThe {secret} ending.\n:::";
        var substance = await PublishedAsync(app, Review(ReviewSearchApps.Film, body));
        var other = await PublishedAsync(app, Review(ReviewSearchApps.OtherFilm, body));

        Assert.Equal([substance], await SlugsAsync(Reader(app, $"mq_seen={ReviewSearchApps.Film}"), secret));
        Assert.Equal([other], await SlugsAsync(Reader(app, $"mq_seen={ReviewSearchApps.OtherFilm}"), secret));
        Assert.Empty(await SlugsAsync(Reader(app), secret));
    }

    [Theory]
    [AllProviders]
    public async Task A_full_spoiler_review_is_found_only_by_headline_and_dek_behind_the_shield(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var (title, bodyWord) = (Word(), Word());
        var slug = await PublishedAsync(app, Review(ReviewSearchApps.Film, $"Everything about {bodyWord} happens here.", "full",
            headline: $"On {title}", dek: "A one-line summary."));

        var hit = Assert.Single(await FindAsync(Reader(app), title));
        Assert.Equal(slug, (string?)hit!["slug"]);
        Assert.Equal("A one-line summary.", (string?)hit["snippet"]);
        Assert.Empty(await FindAsync(Reader(app), bodyWord));
        Assert.Equal([slug], await SlugsAsync(Reader(app, "mq_spoilers=off"), bodyWord));
    }

    [Theory]
    [AllProviders]
    public async Task Drafts_are_never_found_and_the_index_follows_publish_correct_and_unpublish(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var (first, corrected) = (Word(), Word());
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var slug = (string)(await CreateAsync(critic, Review(ReviewSearchApps.Film, $"The {first} scene.")))["slug"]!;
        Assert.Empty(await FindAsync(Reader(app), first));
        Assert.Empty(await FindAsync(critic, first)); // not even for its author: search is for readers

        Assert.True((await ActAsync(editor, slug, "publish")).IsSuccessStatusCode);
        Assert.Equal([slug], await SlugsAsync(Reader(app), first));

        var current = await editor.GetAsync($"/api/v1/reviews/{slug}", Ct);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reviews/{slug}")
        {
            Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(new
            {
                film = ReviewSearchApps.Film, headline = "A test headline", dek = "A one-line summary.",
                body = $"The {corrected} scene.", spoilerLevel = "premise", score = "8/10", correctionNote = "The scene was misnamed.",
            })),
        };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        var saved = await editor.SendAsync(put, Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await FindAsync(Reader(app), first));
        Assert.Equal([slug], await SlugsAsync(Reader(app), corrected));

        Assert.True((await ActAsync(editor, slug, "unpublish")).IsSuccessStatusCode);
        Assert.Empty(await FindAsync(Reader(app), corrected));
    }

    [Theory]
    [AllProviders]
    public async Task Review_words_forgive_case_accents_order_and_an_unfinished_last_word(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var tag = Word();
        var slug = await PublishedAsync(app, Review(ReviewSearchApps.Film, $"Demi Moore and Zoë {tag} in Coralie Fargeat's satire."));
        Assert.Equal([slug], await SlugsAsync(Reader(app), $"ZOE {tag}"));
        Assert.Equal([slug], await SlugsAsync(Reader(app), $"moore {tag} zoe"));
        Assert.Equal([slug], await SlugsAsync(Reader(app), $"{tag} Farg"));
        Assert.Empty(await SlugsAsync(Reader(app), $"{tag} Fargo"));
    }

    [Theory]
    [AllProviders]
    public async Task The_search_page_lists_reviews_with_their_snippet(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var word = Word();
        var slug = await PublishedAsync(app, Review(ReviewSearchApps.Film, $"A body-horror parable about {word} and youth."));
        var html = await Reader(app).GetStringAsync($"/search?q={word}&type=review", Ct);
        var doc = new HtmlParser().ParseDocument(html);
        var item = Assert.Single(doc.QuerySelectorAll(".search-reviews li"));
        Assert.Equal($"/reviews/{slug}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(word, item.QuerySelector(".snippet")!.TextContent);
    }
}

using System.Net;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>The review page and the API give a reader the same body: a full-spoiler review is withheld whole behind the shield.</summary>
public sealed class ReviewBodyShieldTests(FilmApps apps) : IClassFixture<FilmApps>
{
    private static readonly string Secret = $"The ending sentence {Guid.NewGuid():n} gives it all away.";
    private static readonly string Blocked = $"The blocked sentence {Guid.NewGuid():n} is a spoiler too.";
    private static string Body => $"{Secret}\n\n::: spoiler\n{Blocked}\n:::\n\nA last paragraph.";

    private static HttpClient Reader(MarqueeApp app, string? cookie = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Theory]
    [AllProviders]
    public async Task Full_spoiler_review_is_withheld_from_a_shielded_reader_on_the_page_and_in_the_api(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var slug = await PublishedAsync(app, Review(FilmApps.Film, Body, "full"));

        var page = await Reader(app).GetStringAsync($"/reviews/{slug}", Ct);
        Assert.DoesNotContain(Secret, page);
        var response = await Reader(app).GetAsync($"/api/v1/reviews/{slug}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain(Blocked, text);
        var document = await response.ReadNodeAsync();
        Assert.True((bool)document["bodyWithheld"]!);
        Assert.Equal("", (string)document["body"]!);
        Assert.Equal("full", (string)document["spoilerLevel"]!);
    }

    [Theory]
    [AllProviders]
    public async Task Lifting_the_shield_gives_the_whole_body_in_both(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var slug = await PublishedAsync(app, Review(FilmApps.Film, Body, "full"));
        foreach (var (cookie, query) in new[] { ("mq_spoilers=off", ""), ($"mq_seen={FilmApps.Film}", ""), (null, "?spoilers=show") })
        {
            Assert.Contains(Secret, await Reader(app, cookie).GetStringAsync($"/reviews/{slug}{query}", Ct));
            var document = await (await Reader(app, cookie).GetAsync($"/api/v1/reviews/{slug}{query}", Ct)).ReadNodeAsync();
            Assert.Contains(Blocked, (string)document["body"]!);
            Assert.False((bool)document["bodyWithheld"]!);
        }
    }

    [Theory]
    [AllProviders]
    public async Task A_premise_review_loses_only_its_spoiler_blocks_and_an_editor_reads_it_whole(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var slug = await PublishedAsync(app, Review(FilmApps.Film, Body, "premise"));

        var shielded = await (await Reader(app).GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync();
        Assert.Contains(Secret, (string)shielded["body"]!);
        Assert.DoesNotContain(Blocked, (string)shielded["body"]!);
        Assert.Equal(1, (int)shielded["spoilerBlocksOmitted"]!);

        var editor = await app.ClientWithRoleAsync("editor");
        var whole = await (await editor.GetAsync($"/api/v1/reviews/{slug}", Ct)).ReadNodeAsync();
        Assert.Contains(Blocked, (string)whole["body"]!);
    }

    [Theory]
    [AllProviders]
    public async Task Withheld_and_whole_bodies_have_different_etags(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var slug = await PublishedAsync(app, Review(FilmApps.Film, Body, "full"));
        var withheld = await Reader(app).GetAsync($"/api/v1/reviews/{slug}", Ct);
        var whole = await Reader(app, "mq_spoilers=off").GetAsync($"/api/v1/reviews/{slug}", Ct);
        Assert.NotEqual(withheld.Headers.ETag, whole.Headers.ETag);

        // A cache holding the withheld version must not be told the whole one is the same.
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reviews/{slug}");
        request.Headers.IfNoneMatch.Add(withheld.Headers.ETag!);
        request.Headers.Add("Cookie", "mq_spoilers=off");
        Assert.Equal(HttpStatusCode.OK, (await Reader(app).SendAsync(request, Ct)).StatusCode);
    }
}

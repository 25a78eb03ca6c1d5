using System.Net;
using Marquee.Data;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Web;

/// <summary>Anonymous pages come from the page cache, but never stale after a write, never across spoiler or country choices, never for signed-in users.</summary>
public sealed class PageCacheTests : IDisposable
{
    private readonly MarqueeApp app = new();

    public void Dispose() => app.Dispose();

    private HttpClient Reader(string? cookie = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task A_repeated_anonymous_request_is_served_from_the_cache()
    {
        var first = await Reader().GetAsync("/films/anora-2024", Ct);
        var second = await Reader().GetAsync("/films/anora-2024", Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_review_published_through_the_api_shows_on_the_cached_film_page_at_once()
    {
        var headline = $"Cache test {Guid.NewGuid():n}";
        Assert.DoesNotContain(headline, await Reader().GetStringAsync("/films/get-out-2017", Ct));
        await PublishedAsync(app, Review("get-out-2017", "A body.", headline: headline));
        Assert.Contains(headline, await Reader().GetStringAsync("/films/get-out-2017", Ct));
    }

    [Fact]
    public async Task A_change_saved_outside_any_request_shows_at_once()
    {
        var synopsis = $"A synopsis written behind the back of the cache {Guid.NewGuid():n}.";
        Assert.DoesNotContain(synopsis, await Reader().GetStringAsync("/films/anora-2024", Ct));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            var film = await db.Films.SingleAsync(f => f.Slug == "anora-2024", Ct);
            film.Synopsis = synopsis;
            await db.SaveChangesAsync(Ct);
        }
        Assert.Contains(synopsis, await Reader().GetStringAsync("/films/anora-2024", Ct));
    }

    [Fact]
    public async Task The_spoiler_shield_choice_is_part_of_the_key()
    {
        var planted = $"Cached twist {Guid.NewGuid():n}.";
        var slug = await PublishedAsync(app, Review("parasite-2019", $"Safe opening.\n\n::: spoiler\n{planted}\n:::"));
        Assert.DoesNotContain(planted, await Reader().GetStringAsync($"/reviews/{slug}", Ct));
        Assert.DoesNotContain(planted, await Reader().GetStringAsync($"/reviews/{slug}", Ct));
        Assert.Contains(planted, await Reader("mq_spoilers=off").GetStringAsync($"/reviews/{slug}", Ct));
        Assert.Contains(planted, await Reader($"mq_seen=parasite-2019").GetStringAsync($"/reviews/{slug}", Ct));
        Assert.DoesNotContain(planted, await Reader("mq_seen=anora-2024").GetStringAsync($"/reviews/{slug}", Ct));
    }

    [Fact]
    public async Task The_readers_country_is_part_of_the_key()
    {
        var us = await Reader("marquee-country=US").GetStringAsync("/films/anora-2024", Ct);
        var gb = await Reader("marquee-country=GB").GetStringAsync("/films/anora-2024", Ct);
        Assert.Contains("class=\"release-line\" data-country=\"US\"", us);
        Assert.Contains("class=\"release-line\" data-country=\"GB\"", gb);
    }

    [Fact]
    public async Task Signed_in_readers_never_get_a_cached_page()
    {
        var editor = await app.ClientWithRoleAsync("editor");
        await Reader().GetAsync("/films/anora-2024", Ct);
        var response = await editor.GetAsync("/films/anora-2024", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
    }
}

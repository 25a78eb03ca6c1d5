using System.Net;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using static Marquee.Tests.Accounts.AccountsApp;

namespace Marquee.Tests.Reviews;

/// <summary>A critic asking for a slug that another critic's hidden draft holds gets a free slug, not a 409 that reveals the draft.</summary>
public sealed class HiddenSlugTests
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_taken_slug_gives_a_free_one_to_a_critic_and_a_409_to_an_editor(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (_, first) = await AddUserAsync(app, Roles.Critic);
        var (_, second) = await AddUserAsync(app, Roles.Critic);
        var (_, editor) = await AddUserAsync(app, Roles.Editor);
        var hidden = await WithToken(app, first).PostJsonAsync("/api/v1/reviews", Review(film, "secret-scoop"));
        Assert.Equal(HttpStatusCode.Created, hidden.StatusCode);

        var other = await WithToken(app, second).PostJsonAsync("/api/v1/reviews", Review(film, "secret-scoop"));
        var text = await other.Content.ReadAsStringAsync(Ct);
        Assert.True(other.StatusCode == HttpStatusCode.Created, text);
        var slug = (string)(await other.ReadNodeAsync())["slug"]!;
        Assert.StartsWith("secret-scoop-", slug, StringComparison.Ordinal);
        Assert.DoesNotContain("exists", text, StringComparison.Ordinal);

        // Renaming a draft onto the hidden slug does the same.
        var mine = await WithToken(app, second).PostJsonAsync("/api/v1/reviews", Review(film, "my-own-draft"));
        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        var renamed = await PutAsync(WithToken(app, second), "/api/v1/reviews/my-own-draft", Review(film, "secret-scoop"), mine.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var renamedSlug = (string)(await renamed.ReadNodeAsync())["slug"]!;
        Assert.StartsWith("secret-scoop-", renamedSlug, StringComparison.Ordinal);
        Assert.NotEqual(slug, renamedSlug);
        // Keeping one's own slug is no rename.
        var kept = await PutAsync(WithToken(app, second), $"/api/v1/reviews/{renamedSlug}", Review(film, renamedSlug), renamed.Headers.ETag!);
        Assert.Equal(renamedSlug, (string)(await kept.ReadNodeAsync())["slug"]!);

        // Editors see every review, so they are told.
        var byEditor = await WithToken(app, editor).PostJsonAsync("/api/v1/reviews", Review(film, "secret-scoop"));
        Assert.Equal(HttpStatusCode.Conflict, byEditor.StatusCode);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object review, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(review)) };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request, Ct);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Reviews;

/// <summary>Helpers to write and publish reviews over the API, as a critic and an editor would.</summary>
internal static class ReviewTestData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object Review(string film, string body, string spoilerLevel = "premise", string? score = "8/10", string? headline = null, string? dek = null, string? editorsNote = null) => new
    {
        film,
        headline = headline ?? "A test headline",
        dek = dek ?? "A one-line summary that gives nothing away.",
        body,
        spoilerLevel,
        score,
        editorsNote,
    };

    public static async Task<JsonNode> CreateAsync(HttpClient critic, object review)
    {
        var response = await critic.PostJsonAsync("/api/v1/reviews", review);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!;
    }

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, string slug, string action, EntityTagHeaderValue? etag = null, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/reviews/{slug}/{action}");
        if (body is not null) request.Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(body));
        if (etag is not null) request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>Creates a review as a new critic and publishes it as a new editor; returns its slug.</summary>
    public static async Task<string> PublishedAsync(MarqueeApp app, object review)
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var slug = (string)(await CreateAsync(critic, review))["slug"]!;
        var published = await ActAsync(editor, slug, "publish");
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(Ct));
        return slug;
    }
}

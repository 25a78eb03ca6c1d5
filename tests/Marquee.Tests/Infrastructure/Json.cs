using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marquee.Tests.Infrastructure;

public static class Json
{
    public static async Task<JsonNode> ReadNodeAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty JSON");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static StringContent Raw(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

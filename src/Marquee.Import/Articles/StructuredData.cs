using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Marquee.Core.Scores;

namespace Marquee.Import.Articles;

/// <summary>What a page states in schema.org JSON-LD, microdata and Open Graph, which beats anything read from prose.</summary>
public sealed record StructuredData(string? FilmTitle, DateOnly? Published, string? Author, Score? Score, IReadOnlyList<string> Directors)
{
    public static StructuredData Read(IDocument doc)
    {
        string? title = null, author = null;
        DateOnly? published = null;
        Score? score = null;
        var directors = new List<string>();
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var node in Nodes(json.RootElement))
                {
                    var type = Text(node, "@type") ?? "";
                    if (type.Contains("Review", StringComparison.Ordinal))
                    {
                        if (node.TryGetProperty("itemReviewed", out var item) && item.ValueKind == JsonValueKind.Object)
                        {
                            title ??= Text(item, "name");
                            directors.AddRange(Names(item, "director"));
                        }
                        if (node.TryGetProperty("reviewRating", out var rating) && rating.ValueKind == JsonValueKind.Object)
                            score ??= Rating(Text(rating, "ratingValue"), Text(rating, "bestRating"));
                    }
                    if (type is "Movie") { title ??= Text(node, "name"); directors.AddRange(Names(node, "director")); }
                    published ??= Date(Text(node, "datePublished"));
                    author ??= Names(node, "author").FirstOrDefault();
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the other sources still count.
            }
        }
        published ??= Date(doc.QuerySelector("[itemprop=datePublished]") is { } dp ? dp.GetAttribute("content") ?? dp.GetAttribute("datetime") ?? dp.TextContent : null);
        published ??= Date(doc.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"));
        title ??= doc.QuerySelector("[itemtype*='schema.org/Movie'] [itemprop=name]")?.TextContent.Trim();
        score ??= Rating(Attr(doc, "[itemprop=ratingValue]"), Attr(doc, "[itemprop=bestRating]"));
        return new StructuredData(title, published, author, score, [.. directors.Distinct()]);
    }

    private static string? Attr(IDocument doc, string selector) =>
        doc.QuerySelector(selector) is { } e ? e.GetAttribute("content") ?? e.TextContent.Trim() : null;

    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
            foreach (var item in root.EnumerateArray()) foreach (var n in Nodes(item)) yield return n;
        if (root.ValueKind != JsonValueKind.Object) yield break;
        yield return root;
        if (root.TryGetProperty("@graph", out var graph)) foreach (var n in Nodes(graph)) yield return n;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => v[0].GetString(),
            _ => null,
        } : null;

    private static IEnumerable<string> Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) yield break;
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v])
        {
            var value = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? Text(item, "name") : null;
            if (!string.IsNullOrWhiteSpace(value)) yield return value.Trim();
        }
    }

    private static Score? Rating(string? value, string? best)
    {
        if (value is null) return null;
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) return Score.Parse(value).Score;
        return Score.Parse($"{value}/{best ?? "5"}").Score;
    }

    private static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)) return DateOnly.FromDateTime(dto.Date);
        return DateText.TryParse(text, out var d) ? d : null;
    }
}

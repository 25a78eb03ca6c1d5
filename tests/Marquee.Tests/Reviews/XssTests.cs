using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>Script-carrying input in every field that renders (headline, dek, body, editor's note, correction, image words) comes out inert.</summary>
public sealed class XssTests(DemoApp app) : IClassFixture<DemoApp>
{
    public static TheoryData<string> Payloads =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](x \"onerror=alert(1)\")",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<body onload=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<<script>alert(1)//<</script>",
        "<img src=`x` onerror=alert(1)>",
        "::: spoiler\n<script>alert(1)</script>\n:::",
        "::: pullquote\n<img src=x onerror=alert(1)>\n:::",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Payload_in_every_rendered_field_is_inert(string payload)
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        var oneLine = payload.ReplaceLineEndings(" ");
        var created = await CreateAsync(critic, Review("the-grand-budapest-hotel-2014", $"Before.\n\n{payload}\n\n## Heading {oneLine}\n\nAfter.", "premise",
            headline: $"Headline {oneLine}"[..Math.Min(200, oneLine.Length + 9)], dek: $"Dek {oneLine}", editorsNote: $"Note {oneLine}"));
        var slug = (string)created["slug"]!;
        var published = await ActAsync(editor, slug, "publish");
        var correction = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reviews/{slug}")
        {
            Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(new
            {
                film = "the-grand-budapest-hotel-2014", headline = "Corrected", dek = $"Dek {oneLine}", body = $"Before.\n\n{payload}\n\nAfter.",
                spoilerLevel = "premise", editorsNote = $"Note {oneLine}", correctionNote = $"Fix {oneLine}",
            })),
        };
        correction.Headers.IfMatch.Add(published.Headers.ETag!);
        Assert.True((await editor.SendAsync(correction, Ct)).IsSuccessStatusCode);

        foreach (var (path, cookie) in new[] { ($"/reviews/{slug}", null), ($"/reviews/{slug}", "mq_spoilers=off"), ($"/reviews/{slug}?spoilers=show", null), ("/films/the-grand-budapest-hotel-2014", null), ("/reviews", null) })
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
            AssertInert(await client.GetStringAsync(path, Ct), path);
        }
        // Feeds stay well-formed XML whatever the text.
        foreach (var feed in new[] { "/feeds/reviews.atom", "/feeds/reviews.rss", "/films/the-grand-budapest-hotel-2014/reviews.atom" })
            XDocument.Parse(await app.Client().GetStringAsync(feed, Ct));
    }

    [Fact]
    public async Task Image_words_with_markup_are_inert()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var editor = await app.ClientWithRoleAsync("editor");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(ReviewImageTests.TinyPng) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "x.png" },
            { new StringContent("<img src=x onerror=alert(1)>"), "altText" },
            { new StringContent("<script>alert(1)</script>"), "caption" },
            { new StringContent("\"><svg onload=alert(1)>"), "credit" },
        };
        var uploaded = await critic.PostAsync("/api/v1/review-images", form, Ct);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync(Ct));
        var url = (string)(await uploaded.ReadNodeAsync())["url"]!;
        var slug = (string)(await CreateAsync(critic, Review("the-grand-budapest-hotel-2014", $"Words.\n\n![]({url})\n\nMore.")))["slug"]!;
        await ActAsync(editor, slug, "publish");
        var html = await app.Client().GetStringAsync($"/reviews/{slug}", Ct);
        AssertInert(html, slug);
        var figure = new HtmlParser().ParseDocument(html).QuerySelector("figure.review-figure")!;
        Assert.Equal("<script>alert(1)</script>", figure.QuerySelector(".caption")!.TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", figure.QuerySelector("img")!.GetAttribute("alt"));
    }

    internal static void AssertInert(string html, string where)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var allowed = script.GetAttribute("type") == "application/ld+json" || (script.GetAttribute("src")?.Split('?')[0] is "/js/lightbox.js" or "/js/suggest.js");
            Assert.True(allowed, $"{where}: unexpected script {script.OuterHtml}");
            if (script.GetAttribute("type") == "application/ld+json") JsonNode.Parse(script.TextContent);
        }
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event handler {element.OuterHtml}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "data" or "xlink:href")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:text", StringComparison.Ordinal),
                        $"{where}: dangerous URL {element.OuterHtml}");
                }
            }
        }
        Assert.Empty(document.QuerySelectorAll("iframe, object, embed, frame, base, style, form[action^='javascript'], input[autofocus]"));
        Assert.Empty(document.QuerySelectorAll("meta[http-equiv]"));
        Assert.All(document.QuerySelectorAll("svg"), svg => Assert.Equal("histogram", svg.GetAttribute("class")));
        Assert.Single(document.QuerySelectorAll("title"));
    }
}

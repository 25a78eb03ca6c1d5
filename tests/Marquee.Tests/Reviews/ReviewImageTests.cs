using System.Net;
using System.Net.Http.Headers;
using Marquee.Core.Reviews;
using Marquee.Tests.Infrastructure;
using static Marquee.Tests.Reviews.ReviewTestData;

namespace Marquee.Tests.Reviews;

/// <summary>Image upload: judged by content, size-limited, stored with a generated name, shown as a figure with its credit and a plain link.</summary>
public sealed class ReviewImageTests(DemoApp app) : IClassFixture<DemoApp>
{
    // A 1×1 PNG, written out byte by byte.
    internal static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static MultipartFormDataContent Form(byte[] content, string fileName, string contentType, string alt = "A still.")
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } }, "file", fileName },
            { new StringContent(alt), "altText" },
            { new StringContent("The caption."), "caption" },
            { new StringContent("Image via Neon"), "credit" },
            { new StringContent("All rights reserved"), "licence" },
        };
        return form;
    }

    [Theory]
    [InlineData("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "image/png", 1, 1)]
    [InlineData("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAACAAMBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==", "image/jpeg", 3, 2)]
    [InlineData("UklGRhoAAABXRUJQVlA4TA0AAAAvBEAAAAcQEf0PRET/Aw==", "image/webp", 5, 2)]
    public void Sniffer_reads_type_and_size_from_bytes(string base64, string type, int width, int height)
    {
        var sniffed = ImageSniffer.Sniff(Convert.FromBase64String(base64));
        Assert.NotNull(sniffed);
        Assert.Equal(type, sniffed.ContentType);
        Assert.Equal((width, height), (sniffed.Width, sniffed.Height));
    }

    [Fact]
    public void Sniffer_refuses_text_svg_and_truncated_files()
    {
        Assert.Null(ImageSniffer.Sniff("<svg xmlns='http://www.w3.org/2000/svg'/>"u8));
        Assert.Null(ImageSniffer.Sniff("GIF89a"u8));
        Assert.Null(ImageSniffer.Sniff(TinyPng.AsSpan(0, 10)));
    }

    [Fact]
    public async Task Upload_stores_a_generated_name_and_the_page_shows_a_linked_figure_with_credit()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var response = await critic.PostAsync("/api/v1/review-images", Form(TinyPng, "../../etc/passwd.jpg", "image/jpeg"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var image = await response.ReadNodeAsync();
        var url = (string)image["url"]!;
        Assert.Matches("^/media/[0-9a-f]{24}\\.png$", url);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "media", url["/media/".Length..])));

        var served = await app.Client().GetAsync(url, Ct);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TinyPng, await served.Content.ReadAsByteArrayAsync(Ct));

        var editor = await app.ClientWithRoleAsync("editor");
        var slug = (string)(await CreateAsync(critic, Review("arrival-2016", $"Words.\n\n![]({url})\n\nMore.")))["slug"]!;
        await ActAsync(editor, slug, "publish");
        var html = await app.Client().GetStringAsync($"/reviews/{slug}", Ct);
        Assert.Contains($"<a class=\"lightbox-link\" href=\"{url}\"><img src=\"{url}\" alt=\"A still.\"", html);
        Assert.Contains("<span class=\"credit\">Image via Neon</span> <span class=\"licence\">(All rights reserved)</span>", html);
        Assert.Contains("<button type=\"button\" class=\"lightbox-close\">Close</button>", html);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_400_whatever_its_name()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var before = Directory.Exists(Path.Combine(app.DataDirectory, "media")) ? Directory.GetFiles(Path.Combine(app.DataDirectory, "media")).Length : 0;
        var response = await critic.PostAsync("/api/v1/review-images", Form("<svg onload=alert(1)/>"u8.ToArray(), "still.png", "image/png"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["file"]);
        var after = Directory.Exists(Path.Combine(app.DataDirectory, "media")) ? Directory.GetFiles(Path.Combine(app.DataDirectory, "media")).Length : 0;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task An_image_over_the_limit_is_413()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var big = new byte[(5 * 1024 * 1024) + 1];
        TinyPng.CopyTo(big, 0);
        var response = await critic.PostAsync("/api/v1/review-images", Form(big, "big.png", "image/png"), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Missing_alt_text_is_400_and_anonymous_upload_is_401()
    {
        var critic = await app.ClientWithRoleAsync("critic");
        var response = await critic.PostAsync("/api/v1/review-images", Form(TinyPng, "a.png", "image/png", alt: " "), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["altText"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsync("/api/v1/review-images", Form(TinyPng, "a.png", "image/png"), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/media/..%2Fmarquee.db")]
    [InlineData("/media/marquee.db")]
    [InlineData("/media/000000000000000000000000.png")]
    public async Task Only_generated_names_of_stored_files_are_served(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync(path, Ct)).StatusCode);
}

using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Showtimes;

/// <summary>The film info card on the film, review and showtimes pages: one release line, and the reader's country throughout.</summary>
public sealed class FilmInfoCardTests(ShowtimesDemoApp app) : IClassFixture<ShowtimesDemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url, string? languages = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (languages is not null) request.Headers.Add("Accept-Language", languages);
        using var response = await app.Client().SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/films/anora-2024")]
    [InlineData("/reviews/anora-review")]
    [InlineData("/films/anora-2024/showtimes")]
    public async Task The_release_line_is_shown_once(string url)
    {
        var page = await PageAsync(url);
        var line = Assert.Single(page.QuerySelectorAll(".release-line"));
        Assert.Equal("In select theaters now.", line.QuerySelector("strong")?.TextContent);
    }

    [Theory]
    // Anora opened in the US on 18 October 2024 (limited) and in the UK on 1 November 2024.
    [InlineData("/films/anora-2024", "en-US", "US", "2024-10-18")]
    [InlineData("/films/anora-2024", "en-GB", "GB", "2024-11-01")]
    [InlineData("/reviews/anora-review", "en-GB", "GB", "2024-11-01")]
    public async Task The_release_date_is_for_the_same_country_as_the_line_beside_it(string url, string languages, string country, string date)
    {
        var page = await PageAsync(url, languages);
        var card = page.QuerySelector(".info-card")!;
        Assert.Equal(country, card.QuerySelector(".release-line")?.GetAttribute("data-country"));
        Assert.Equal(date, card.QuerySelector("dd time")?.GetAttribute("datetime"));
    }
}

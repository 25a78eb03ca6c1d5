using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Showtimes;

/// <summary>The release line and the showtime pages over HTTP, on the demo content with a stopped clock.</summary>
public sealed class ShowtimePagesTests(ShowtimesDemoApp app) : IClassFixture<ShowtimesDemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url, Action<HttpRequestMessage>? setup = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        setup?.Invoke(request);
        using var response = await app.Client().SendAsync(request, Ct);
        Assert.Equal(expected, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Anoras_card_says_in_select_theaters_now_with_a_link_to_showtimes()
    {
        var page = await PageAsync("/films/anora-2024");
        var line = page.QuerySelector(".info-card .release-line");
        Assert.NotNull(line);
        Assert.StartsWith("In select theaters now.", line.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/films/anora-2024/showtimes", line.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("US", line.GetAttribute("data-country"));
    }

    [Theory]
    // The setting (cookie) wins over Accept-Language, which wins over the site default (US).
    [InlineData("marquee-country=GB", "de-DE,de;q=0.9", "GB", true)]
    [InlineData(null, "en-GB,en;q=0.8", "GB", true)]
    [InlineData(null, "fr,de-DE;q=0.5", "DE", false)]
    [InlineData("marquee-country=ZZ", "pt-BR", "BR", false)]
    [InlineData(null, null, "US", true)]
    public async Task The_release_line_follows_the_readers_country(string? cookie, string? languages, string country, bool hasLine)
    {
        var page = await PageAsync("/films/anora-2024", r =>
        {
            if (cookie is not null) r.Headers.Add("Cookie", cookie);
            if (languages is not null) r.Headers.Add("Accept-Language", languages);
        });
        var line = page.QuerySelector(".release-line");
        Assert.Equal(hasLine, line is not null);
        if (line is not null) Assert.Equal(country, line.GetAttribute("data-country"));
    }

    [Fact]
    public async Task Readers_set_their_country_with_a_form_that_needs_its_antiforgery_token()
    {
        var client = app.Client();
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/settings/country?returnUrl=%2Ffilms%2Fanora-2024", Ct));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal("US", form.QuerySelector("option[selected]")?.GetAttribute("value"));

        var forged = await client.PostAsync("/settings/country", new FormUrlEncodedContent(new Dictionary<string, string> { ["country"] = "GB" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var bad = await client.PostAsync("/settings/country", new FormUrlEncodedContent(new Dictionary<string, string> { ["country"] = "Narnia", ["__RequestVerificationToken"] = token! }), Ct);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Choose a country", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var saved = await client.PostAsync("/settings/country", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["country"] = "gb", ["returnUrl"] = "/films/anora-2024", ["__RequestVerificationToken"] = token!,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/films/anora-2024", saved.Headers.Location?.ToString());
        var cookie = Assert.Single(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith("marquee-country=", StringComparison.Ordinal));
        Assert.StartsWith("marquee-country=GB;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        // An address off the site is not followed.
        var offsite = await client.PostAsync("/settings/country", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["country"] = "GB", ["returnUrl"] = "https://evil.example.com/", ["__RequestVerificationToken"] = token!,
        }), Ct);
        Assert.Equal("/", offsite.Headers.Location?.ToString());
    }

    [Theory]
    // Streaming since 2019, no screenings.
    [InlineData("the-irishman-2019", "Streaming now.", false)]
    // Released in 1972 and playing at the Sunset Lantern: screenings keep it in theaters.
    [InlineData("the-godfather-1972", "In theaters now.", true)]
    // Out of cinemas since 1943 and not playing anywhere: nothing to say.
    [InlineData("casablanca-1942", null, false)]
    public async Task Other_films_get_the_line_their_releases_and_screenings_call_for(string slug, string? line, bool link)
    {
        var page = await PageAsync($"/films/{slug}");
        var element = page.QuerySelector(".info-card .release-line");
        Assert.Equal(line, element?.QuerySelector("strong")?.TextContent);
        Assert.Equal(link, element?.QuerySelector("a[href$='/showtimes']") is not null);
    }

    [Theory]
    [InlineData("90028", "sunset-lantern-theatre")]
    [InlineData("90401", "westside-reel")]
    [InlineData("11217", "atlantic-avenue-screens")]
    [InlineData("E8 3PN", "hackney-kinema")]
    [InlineData("SE1 7PB", "southbank-electric")]
    public async Task Showtimes_list_the_nearest_cinema_first(string postal, string nearest)
    {
        var page = await PageAsync($"/films/anora-2024/showtimes?postal={Uri.EscapeDataString(postal)}");
        var cinemas = page.QuerySelectorAll("section.cinema-showtimes h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(6, cinemas.Count);
        Assert.Equal($"/cinemas/{nearest}", cinemas[0]);
        var distances = page.QuerySelectorAll(".distance").Select(d => double.Parse(d.TextContent.Replace("km", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.True(distances[0] < 5);
    }

    [Fact]
    public async Task Shared_coordinates_work_like_a_postal_code_and_nonsense_is_explained()
    {
        var page = await PageAsync("/films/anora-2024/showtimes?lat=51.545&lon=-0.056");
        Assert.Equal("/cinemas/hackney-kinema", page.QuerySelector("section.cinema-showtimes h3 a")?.GetAttribute("href"));

        var unknown = await PageAsync("/films/anora-2024/showtimes?postal=ZZ99");
        Assert.Contains("We do not know where ZZ99 is", unknown.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        var badDay = await PageAsync("/films/anora-2024/showtimes?date=2099-01-01");
        Assert.Contains("showing today", badDay.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        await PageAsync("/films/no-such-film/showtimes", expected: HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_day_picker_offers_today_and_the_next_13_days_and_a_day_shows_only_its_programme()
    {
        var page = await PageAsync("/films/anora-2024/showtimes?postal=10012&date=2026-10-31");
        var days = page.QuerySelectorAll(".day-nav a").ToList();
        Assert.Equal(14, days.Count);
        Assert.Equal("Today", days[0].TextContent);
        Assert.Contains("date=2026-11-04", days[^1].GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Saturday, October 31", page.QuerySelector("h2")?.TextContent);
        // Saturday at Houston Street: 1:00, 4:15, 7:30 (sold out) and the 10:45 weekend show.
        var houston = page.QuerySelectorAll("section.cinema-showtimes").First(s => s.QuerySelector("h3 a")?.GetAttribute("href") == "/cinemas/houston-street-picturehouse");
        Assert.Equal(["1:00 PM", "4:15 PM", "7:30 PM", "10:45 PM"], houston.QuerySelectorAll("time").Select(t => t.TextContent));
        Assert.Equal("2026-10-31T13:00-04:00", houston.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.NotNull(houston.QuerySelector(".sold-out"));
        Assert.Equal(["2D"], houston.QuerySelectorAll(".badge.format").Select(b => b.TextContent).Distinct());
    }

    [Fact]
    public async Task Showtime_pages_carry_screening_event_json_ld()
    {
        var page = await PageAsync("/films/anora-2024/showtimes?postal=SE1&date=2026-10-24");
        var json = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!.AsArray();
        Assert.Equal(page.QuerySelectorAll("li.showtime").Length, json.Count);
        var first = json[0]!;
        Assert.Equal("ScreeningEvent", (string?)first["@type"]);
        Assert.Equal("Movie", (string?)first["workPresented"]!["@type"]);
        Assert.Equal("MovieTheater", (string?)first["location"]!["@type"]);
        Assert.Equal("Southbank Electric", (string?)first["location"]!["name"]);
        // Saturday 24 October: still BST in London.
        Assert.Equal("2026-10-24T13:00:00+01:00", (string?)first["startDate"]);
        Assert.Equal("2026-10-24T15:19:00+01:00", (string?)first["endDate"]);
        Assert.Equal("GBP", (string?)first["offers"]!["priceCurrency"]);
    }

    [Fact]
    public async Task City_showtimes_group_by_film_and_a_late_show_counts_for_the_evening_before()
    {
        // Friday 23 October in London: Hackney's 00:30 late show on Saturday morning lists under Friday.
        var page = await PageAsync("/showtimes?city=london&date=2026-10-23");
        Assert.Equal("Showtimes in London", page.QuerySelector("h1")?.TextContent);
        var films = page.QuerySelectorAll("section.film-showtimes h3 a").Select(a => a.TextContent).ToList();
        Assert.Contains("Anora", films);
        Assert.Contains("Oldboy", films);
        Assert.Equal(films.Order(StringComparer.OrdinalIgnoreCase), films);
        var oldboy = page.QuerySelectorAll("section.film-showtimes").First(s => s.QuerySelector("h3 a")?.TextContent == "Oldboy");
        Assert.Contains(oldboy.QuerySelectorAll("time"), t => t.GetAttribute("datetime") == "2026-10-24T00:30+01:00");

        var unknown = await PageAsync("/showtimes?city=Atlantis");
        Assert.Contains("No cinemas in 'Atlantis'", unknown.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    // The site default (US): the first US city alphabetically.
    [InlineData(null, "Los Angeles")]
    [InlineData("en-GB", "London")]
    // No cinemas in Japan: the first city alphabetically.
    [InlineData("ja-JP", "London")]
    public async Task Showtimes_open_on_a_city_in_the_readers_country(string? languages, string city)
    {
        var page = await PageAsync("/showtimes", r => { if (languages is not null) r.Headers.Add("Accept-Language", languages); });
        Assert.Equal(city, page.QuerySelector("select[name=city] option[selected]")?.TextContent);
        Assert.NotNull(page.QuerySelector("header a[href='/showtimes']"));
    }

    [Fact]
    public async Task A_cinema_page_lists_its_fortnight_by_day()
    {
        var page = await PageAsync("/cinemas/houston-street-picturehouse");
        Assert.Equal("Houston Street Picturehouse", page.QuerySelector("h1")?.TextContent);
        var days = page.QuerySelectorAll("section.schedule-day h2").Select(h => h.TextContent).ToList();
        Assert.Equal(14, days.Count);
        Assert.Equal("Thursday, October 22", days[0]);
        Assert.Equal("/cinemas/houston-street-picturehouse.ics", page.QuerySelector(".subscribe a")?.GetAttribute("href"));
        await PageAsync("/cinemas/nowhere", expected: HttpStatusCode.NotFound);
        var list = await PageAsync("/cinemas");
        Assert.Equal(6, list.QuerySelectorAll("main li a").Length);
    }
}

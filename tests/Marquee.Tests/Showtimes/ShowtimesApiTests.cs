using System.Net;
using System.Net.Http.Headers;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Showtimes;

/// <summary>/api/v1/cinemas and /api/v1/screenings: filters, reads for all, writes for editors, and bad input as problem+json.</summary>
public sealed class ShowtimesApiTests(ShowtimesDemoApp app) : IClassFixture<ShowtimesDemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cinemas_filter_by_city_and_country()
    {
        var london = await (await app.Client().GetAsync("/api/v1/cinemas?city=London", Ct)).ReadNodeAsync();
        Assert.Equal(["hackney-kinema", "southbank-electric"], london["items"]!.AsArray().Select(c => (string)c!["slug"]!));
        Assert.Equal("Europe/London", (string?)london["items"]![0]!["timeZone"]);
        var us = await (await app.Client().GetAsync("/api/v1/cinemas?country=us", Ct)).ReadNodeAsync();
        Assert.Equal(4, us["items"]!.AsArray().Count);
        var one = await app.Client().GetAsync("/api/v1/cinemas/westside-reel", Ct);
        Assert.Equal("\"1\"", one.Headers.ETag?.Tag);
        Assert.Equal(34.016, (double)(await one.ReadNodeAsync())["latitude"]!, 3);
    }

    [Fact]
    public async Task Screenings_filter_by_film_cinema_city_and_days_on_the_cinema_clock()
    {
        var node = await (await app.Client().GetAsync("/api/v1/screenings?film=anora-2024&city=new%20york&from=2026-10-23&to=2026-10-24&pageSize=500", Ct)).ReadNodeAsync();
        var items = node["items"]!.AsArray();
        // Two New York cinemas × two days × (3 shows + a weekend 10:45) = 16.
        Assert.Equal(16, (int)node["total"]!);
        Assert.All(items, s =>
        {
            Assert.Equal("anora-2024", (string?)s!["filmSlug"]);
            Assert.Equal("New York", (string?)s["city"]);
            Assert.Contains((string?)s["day"], new[] { "2026-10-23", "2026-10-24" });
        });

        // The late show at 00:30 on Saturday belongs to Friday's programme.
        var late = await (await app.Client().GetAsync("/api/v1/screenings?cinema=hackney-kinema&film=oldboy-2003&from=2026-10-23&to=2026-10-23", Ct)).ReadNodeAsync();
        var show = Assert.Single(late["items"]!.AsArray());
        Assert.Equal("2026-10-24T00:30:00+01:00", (string?)show!["startsAtLocal"]);
        Assert.Equal("2026-10-23T23:30:00+00:00", (string?)show["startsAtUtc"]);
        Assert.Equal("2026-10-23", (string?)show["day"]);

        var paged = await (await app.Client().GetAsync("/api/v1/screenings?cinema=southbank-electric&pageSize=5&page=2", Ct)).ReadNodeAsync();
        Assert.Equal(5, paged["items"]!.AsArray().Count);
        Assert.Equal(2, (int)paged["page"]!);
    }

    [Theory]
    [InlineData("/api/v1/screenings?from=yesterday", "from")]
    [InlineData("/api/v1/screenings?from=2026-10-30&to=2026-10-22", "to")]
    [InlineData("/api/v1/screenings?country=XX", "country")]
    [InlineData("/api/v1/screenings?pageSize=100000", "pageSize")]
    [InlineData("/api/v1/cinemas?country=USA", "country")]
    public async Task Bad_filters_are_400_problems_naming_the_parameter(string url, string field)
    {
        var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        var screening = await app.Client().GetAsync("/api/v1/screenings/999999", Ct);
        Assert.Equal(HttpStatusCode.NotFound, screening.StatusCode);
        Assert.Equal("application/problem+json", screening.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/api/v1/cinemas/nowhere", Ct)).StatusCode);
    }

    [Fact]
    public async Task Writes_need_an_editor_token()
    {
        var body = new { name = "Test House", city = "New York", country = "US", latitude = 40.7, longitude = -74.0, timeZone = "America/New_York", screens = 1 };
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostJsonAsync("/api/v1/cinemas", body)).StatusCode);
        var reader = await app.ClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostJsonAsync("/api/v1/cinemas", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync("/api/v1/screenings/1", Ct)).StatusCode);
        using var feed = new StringContent("film\n", System.Text.Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsync("/api/v1/screenings/import", feed, Ct)).StatusCode);
    }

    [Fact]
    public async Task Editors_create_update_and_delete_cinemas_with_etags()
    {
        var editor = await app.ClientWithRoleAsync("editor");
        var body = new { name = "Canal Street Cinema", city = "New York", postalCode = "10013", country = "US", latitude = 40.72, longitude = -74.005, timeZone = "America/New_York", screens = 2, website = "https://canal.example.com/" };
        var created = await editor.PostJsonAsync("/api/v1/cinemas", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/cinemas/canal-street-cinema-new-york", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostJsonAsync("/api/v1/cinemas", body)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/cinemas/canal-street-cinema-new-york") { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(body with { screens = 3 }, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await editor.SendAsync(stale, Ct)).StatusCode);
        using var fresh = new HttpRequestMessage(HttpMethod.Put, "/api/v1/cinemas/canal-street-cinema-new-york") { Content = Json.Raw(System.Text.Json.JsonSerializer.Serialize(body with { screens = 3 }, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))) };
        fresh.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var updated = await editor.SendAsync(fresh, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(3, (int)(await updated.ReadNodeAsync())["screens"]!);
        Assert.Equal((HttpStatusCode)428, (await editor.DeleteAsync("/api/v1/cinemas/canal-street-cinema-new-york", Ct)).StatusCode);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/cinemas/canal-street-cinema-new-york");
        delete.Headers.IfMatch.Add(updated.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.SendAsync(delete, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/api/v1/cinemas/canal-street-cinema-new-york", Ct)).StatusCode);
    }

    [Fact]
    public async Task What_editors_write_is_escaped_on_the_pages_and_in_json_ld()
    {
        var editor = await app.ClientWithRoleAsync("editor");
        const string evil = "</script><script>alert(1)</script>";
        var created = await editor.PostJsonAsync("/api/v1/cinemas", new { slug = "cinema-paradiso-paris", name = $"Paradiso {evil}", address = evil, city = "Paris", country = "FR", latitude = 48.85, longitude = 2.35, timeZone = "Europe/Paris", screens = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var screening = await editor.PostJsonAsync("/api/v1/screenings", new { film = "anora-2024", cinema = "cinema-paradiso-paris", screen = evil, localTime = "2026-10-23T20:00", subtitles = evil });
        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);

        var html = await app.Client().GetStringAsync("/cinemas/cinema-paradiso-paris", Ct);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Paradiso &lt;/script&gt;", html, StringComparison.Ordinal);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var jsonLd = doc.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("</script>", jsonLd, StringComparison.Ordinal);
        Assert.Equal($"Paradiso {evil}", (string?)System.Text.Json.Nodes.JsonNode.Parse(jsonLd)![0]!["location"]!["name"]);
        Assert.DoesNotContain(doc.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
    }

    [Theory]
    [InlineData("""{"name":"X","city":"Y","country":"US","latitude":1,"longitude":1,"timeZone":"Eastern Standard Time"}""", "timeZone")]
    [InlineData("""{"name":"X","city":"Y","country":"US","latitude":91,"longitude":1,"timeZone":"America/New_York"}""", "latitude")]
    [InlineData("""{"name":"X","city":"Y","country":"QQ","latitude":1,"longitude":1,"timeZone":"America/New_York"}""", "country")]
    [InlineData("""{"name":"","city":"Y","country":"US","latitude":1,"longitude":1,"timeZone":"America/New_York"}""", "name")]
    [InlineData("""{"name":"X","city":"Y","country":"US","latitude":1,"longitude":1,"timeZone":"America/New_York","seats":90}""", "seats")]
    [InlineData("""{"name":"X","city":"Y","country":"US","latitude":"north","longitude":1,"timeZone":"America/New_York"}""", "latitude")]
    [InlineData("""{"name":"X","city":"Y","country":"US","latitude":1,"longitude":1,"timeZone":"America/New_York","website":"ftp://x"}""", "website")]
    public async Task Bad_cinemas_are_400_with_the_field_named(string json, string field)
    {
        var editor = await app.ClientWithRoleAsync("editor");
        var response = await editor.PostAsync("/api/v1/cinemas", Json.Raw(json), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Editors_add_screenings_in_local_time_and_the_api_refuses_gaps_overlaps_and_ambiguity()
    {
        var editor = await app.ClientWithRoleAsync("editor");
        object Screening(string localTime, string screen = "9") => new { film = "anora-2024", cinema = "houston-street-picturehouse", screen, localTime, format = "35mm" };

        var created = await editor.PostJsonAsync("/api/v1/screenings", Screening("2026-10-28T11:00"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var node = await created.ReadNodeAsync();
        Assert.Equal("2026-10-28T15:00:00+00:00", (string?)node["startsAtUtc"]);
        Assert.Equal("35mm", (string?)node["format"]);
        Assert.Equal(HttpStatusCode.OK, (await editor.PostJsonAsync("/api/v1/screenings", Screening("2026-10-28T11:00"))).StatusCode);

        var overlap = await editor.PostJsonAsync("/api/v1/screenings", Screening("2026-10-28T12:00"));
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        Assert.NotNull((await overlap.ReadNodeAsync())["errors"]!["screen"]);

        var ambiguous = await editor.PostJsonAsync("/api/v1/screenings", Screening("2026-11-01T01:30"));
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        Assert.Contains("happens twice", (string?)(await ambiguous.ReadNodeAsync())["errors"]!["localTime"]![0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/screenings", Screening("2026-11-01T01:30-05:00"))).StatusCode);

        var unknown = await editor.PostAsync("/api/v1/screenings", Json.Raw("""{"film":"nope","cinema":"houston-street-picturehouse","screen":"9","localTime":"2026-10-29T11:00","seats":3}"""), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.ReadNodeAsync())["errors"]!["seats"]);

        var id = (int)node["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/screenings/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.DeleteAsync($"/api/v1/screenings/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Editors_upload_a_feed_and_get_a_report_by_line()
    {
        var editor = await app.ClientWithRoleAsync("editor");
        const string csv = "film,cinema,city,screen,local_time,time_zone\n"
            + "anora-2024,Westside Reel,Los Angeles,7,2026-10-27T10:00,America/Los_Angeles\n"
            + "anora-2024,Westside Reel,Los Angeles,7,2026-11-01T01:30,America/Los_Angeles\n";
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        var response = await editor.PostAsync("/api/v1/screenings/import", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadNodeAsync();
        Assert.Equal(1, (int)report["added"]!);
        Assert.Equal(1, (int)report["rejected"]!);
        Assert.Equal(3, (int)report["problems"]![0]!["line"]!);
        Assert.Equal("local_time", (string?)report["problems"]![0]!["field"]);

        using var again = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        var second = await (await editor.PostAsync("/api/v1/screenings/import", again, Ct)).ReadNodeAsync();
        Assert.Equal((0, 1), ((int)second["added"]!, (int)second["unchanged"]!));

        using var xml = new StringContent("<feed/>", System.Text.Encoding.UTF8, "application/xml");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await editor.PostAsync("/api/v1/screenings/import", xml, Ct)).StatusCode);
        using var huge = new StringContent(new string('x', 1024 * 1024 + 10), System.Text.Encoding.UTF8, "text/csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await editor.PostAsync("/api/v1/screenings/import", huge, Ct)).StatusCode);
    }
}

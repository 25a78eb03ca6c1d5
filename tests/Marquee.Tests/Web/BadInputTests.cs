using System.Net;
using System.Text.RegularExpressions;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marquee.Tests.Web;

/// <summary>
/// Input no field can hold (NUL and other control characters, broken UTF-16), dates past the calendar's edge, odd
/// return addresses and odd methods get a 400/405 that names the problem, alike on SQLite and PostgreSQL; never a 500.
/// </summary>
public sealed partial class BadInputTests(FilmApps apps) : IClassFixture<FilmApps>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static TheoryData<Provider, string, string> QueryParameters
    {
        get
        {
            var data = new TheoryData<Provider, string, string>();
            foreach (var provider in Providers.All)
            {
                foreach (var (url, name) in new[]
                {
                    ("/api/v1/films?genre=%00", "genre"), ("/api/v1/people?q=%00", "q"), ("/api/v1/reviews?critic=%00", "critic"),
                    ("/api/v1/reviews?film=a%01b", "film"), ("/api/v1/search?q=a%00b", "q"), ("/api/v1/cinemas?city=%7F", "city"),
                    ("/films?genre=%00", "genre"), ("/people?q=%00", "q"), ("/search?q=x%00", "q"), ("/reviews?critic=%1B", "critic"),
                })
                    data.Add(provider, url, name);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(QueryParameters))]
    public async Task A_control_character_in_a_query_parameter_is_a_400_naming_it(Provider provider, string url, string field)
    {
        var app = await apps.AppAsync(provider);
        var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("control character", (string)(await response.ReadNodeAsync())["errors"]![field]![0]!, StringComparison.Ordinal);
        }
        else
        {
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains($"{field}: The text has", html, StringComparison.Ordinal);
        }
    }

    public static TheoryData<Provider, string, string, string> JsonBodies
    {
        get
        {
            var data = new TheoryData<Provider, string, string, string>();
            foreach (var provider in Providers.All)
            {
                data.Add(provider, "/api/v1/people", """{"name":"a\u0000b"}""", "name");
                data.Add(provider, "/api/v1/people", """{"name":"Broken \ud800 half"}""", "name");
                data.Add(provider, "/api/v1/films", """{"title":"Tangerine\u0007","year":2015}""", "title");
                data.Add(provider, "/api/v1/films", """{"title":"Tangerine","year":2015,"countries":["U\u0000S"]}""", "countries[0]");
                data.Add(provider, "/api/v1/cinemas", """{"name":"Odeon\u0000","city":"London","country":"GB","timeZone":"Europe/London"}""", "name");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(JsonBodies))]
    public async Task A_control_character_in_a_json_field_is_a_400_naming_it_and_nothing_is_stored(Provider provider, string url, string body, string field)
    {
        var app = await apps.AppAsync(provider);
        var editor = await app.ClientWithRoleAsync("editor");
        var response = await editor.PostAsync(url, Json.Raw(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadNodeAsync())["errors"]!;
        Assert.NotNull(errors[field]);
        Assert.DoesNotContain("Tangerine", await app.Client().GetStringAsync("/api/v1/films?pageSize=100", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [AllProviders]
    public async Task Tabs_and_line_breaks_in_multi_line_text_are_kept(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var editor = await app.ClientWithRoleAsync("editor");
        var slug = $"tabbed-{Guid.NewGuid():n}"[..20];
        var created = await editor.PostAsync("/api/v1/films", Json.Raw($$"""{"slug":"{{slug}}","title":"Tabbed","synopsis":"Line one.\n\tLine two."}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Line one.\n\tLine two.", (string?)(await created.ReadNodeAsync())["synopsis"]);
    }

    [Theory]
    [AllProviders]
    public async Task A_control_character_in_a_form_field_is_a_400_naming_it(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync("/account/login", Ct);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "critic\0", ["Password"] = "whatever-it-is", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("form: A form field holds a NUL character", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var escape = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "critic[31m", ["Password"] = "whatever-it-is", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, escape.StatusCode);
        Assert.Contains("UserName: The text has a control character (U&#x2B;001B)", await escape.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [AllProviders("9999-12-31T23:59")]
    [AllProviders("0001-01-01T00:00")]
    [AllProviders("2026-11-22T19:30-99:00")]
    [AllProviders("2026-11-22T19:30+14:30")]
    public async Task A_screening_time_off_the_calendar_or_any_clock_is_a_400_on_local_time(Provider provider, string localTime)
    {
        var app = await apps.AppAsync(provider);
        var editor = await app.ClientWithRoleAsync("editor");
        var cinema = await CinemaAsync(editor);
        var response = await editor.PostJsonAsync("/api/v1/screenings", new { film = FilmApps.Film, cinema, screen = "1", localTime });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["localTime"]);

        var csv = $"film,cinema_id,screen,local_time\n{FilmApps.Film},{cinema},1,{localTime}\n";
        var import = await editor.PostAsync("/api/v1/screenings/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);
        Assert.True(import.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{import.StatusCode}");
        Assert.Contains("local_time", await import.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [AllProviders("from=0001-01-01&to=9999-12-31", "from")]
    [AllProviders("to=9999-12-31", "to")]
    public async Task A_screening_range_off_the_calendar_is_a_400_naming_the_day(Provider provider, string query, string field)
    {
        var app = await apps.AppAsync(provider);
        var response = await app.Client().GetAsync($"/api/v1/screenings?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
    }

    public static TheoryData<Provider, string, string> ReturnAddresses
    {
        get
        {
            var data = new TheoryData<Provider, string, string>();
            foreach (var provider in Providers.All)
            {
                foreach (var page in new[] { "/spoilers/off", "/spoilers/on", $"/spoilers/seen/{FilmApps.Film}", $"/spoilers/unseen/{FilmApps.Film}" })
                {
                    data.Add(provider, $"{page}?returnUrl=/films/%C3%A9t%C3%A9?q=%C3%BC", "/films/%C3%A9t%C3%A9?q=%C3%BC");
                    data.Add(provider, $"{page}?returnUrl=%2F%5Cevil.example", "/");
                    data.Add(provider, $"{page}?returnUrl=https://evil.example/", "/");
                    data.Add(provider, $"{page}?returnUrl=/reviews/x%3Fspoilers%3Dshow%23spoiler-1", "/reviews/x?spoilers=show#spoiler-1");
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReturnAddresses))]
    public async Task A_return_address_goes_home_unless_it_is_a_local_path_and_non_ascii_is_encoded(Provider provider, string url, string expected)
    {
        var app = await apps.AppAsync(provider);
        var response = await app.Client().GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [AllProviders]
    public async Task A_tab_in_a_return_address_is_refused_and_the_country_form_goes_home(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().GetAsync("/spoilers/off?returnUrl=/a%09b", Ct)).StatusCode);

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync("/settings/country", Ct);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        var response = await client.PostAsync("/settings/country", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["country"] = "GB", ["returnUrl"] = "/films/\u00e9t\u00e9", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/films/%C3%A9t%C3%A9", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [AllProviders]
    public async Task A_method_a_page_has_no_handler_for_is_refused(Provider provider)
    {
        var app = await apps.AppAsync(provider);
        foreach (var url in new[] { $"/films/{FilmApps.Film}", "/films", "/search?q=x", "/account/login", "/showtimes" })
        {
            var trace = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Trace, url), Ct);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, trace.StatusCode);
            Assert.Contains("GET", trace.Content.Headers.Allow);
            // Methods that carry a body meet the antiforgery check first: a 400, still not a page rendered without its model.
            foreach (var method in new[] { "PROPFIND", "PATCH", "PUT", "DELETE" })
            {
                var response = await app.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);
                Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, $"{method} {url}: {response.StatusCode}");
            }
        }
    }

    private static async Task<string> CinemaAsync(HttpClient editor)
    {
        var slug = $"odeon-{Guid.NewGuid():n}"[..16];
        var created = await editor.PostJsonAsync("/api/v1/cinemas", new
        {
            slug, name = "Odeon " + slug, city = "London", country = "GB", timeZone = "Europe/London", latitude = 51.5, longitude = -0.12,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return slug;
    }
}

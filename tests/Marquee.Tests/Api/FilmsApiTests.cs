using System.Net;
using System.Net.Http.Json;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Api;

public sealed class FilmsApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Film_document_has_credits_and_release_dates()
    {
        var response = await app.Client().GetAsync("/api/v1/films/anora-2024", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var film = await response.ReadNodeAsync();
        Assert.Equal("anora-2024", (string?)film["slug"]);
        Assert.Equal("Anora", (string?)film["title"]);
        Assert.Equal(2024, (int?)film["year"]);
        Assert.Equal(139, (int?)film["runtimeMinutes"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)film["synopsis"]));
        Assert.Equal("Sean Baker", (string?)film["directors"]![0]!["name"]);
        var cast = film["cast"]!.AsArray();
        Assert.Equal(23, cast.Count);
        Assert.Equal("Mikey Madison", (string?)cast[0]!["name"]);
        Assert.Equal("mikey-madison", (string?)cast[0]!["personSlug"]);
        Assert.Equal("Anora", (string?)cast[0]!["character"]);
        Assert.Equal("Ani", (string?)cast[0]!["characterAliases"]![0]);
        Assert.Equal(0, (int?)cast[0]!["order"]);
        Assert.Contains(cast, c => (string?)c!["name"] == "Yuriy Borisov" && (string?)c["character"] == "Igor");
        var releases = film["releaseDates"]!.AsArray();
        Assert.Contains(releases, r => (string?)r!["country"] == "US" && (string?)r["type"] == "limited" && (string?)r["date"] == "2024-10-18");
    }

    [Fact]
    public async Task Unchanged_film_answers_304_to_its_etag()
    {
        var client = app.Client();
        var first = await client.GetAsync("/api/v1/films/anora-2024", TestContext.Current.CancellationToken);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/films/anora-2024");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Unknown_film_is_a_problem_404()
    {
        var response = await app.Client().GetAsync("/api/v1/films/no-such-film-1999", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_pages_through_every_film_once()
    {
        var client = app.Client();
        var first = await (await client.GetAsync("/api/v1/films?pageSize=10", TestContext.Current.CancellationToken)).ReadNodeAsync();
        var total = (int)first["total"]!;
        Assert.True(total >= 40, $"the demo has at least 40 films, got {total}");
        var slugs = new List<string>();
        for (var page = 1; page <= (int)first["pageCount"]!; page++)
        {
            var body = await (await client.GetAsync($"/api/v1/films?pageSize=10&page={page}", TestContext.Current.CancellationToken)).ReadNodeAsync();
            slugs.AddRange(body["items"]!.AsArray().Select(i => (string)i!["slug"]!));
        }
        Assert.Equal(total, slugs.Count);
        Assert.Equal(total, slugs.Distinct().Count());
    }

    [Fact]
    public async Task List_filters_by_year_genre_and_person()
    {
        var client = app.Client();
        var byYear = await (await client.GetAsync("/api/v1/films?year=2024&pageSize=100", TestContext.Current.CancellationToken)).ReadNodeAsync();
        Assert.All(byYear["items"]!.AsArray(), f => Assert.Equal(2024, (int)f!["year"]!));
        Assert.Contains(byYear["items"]!.AsArray(), f => (string?)f!["slug"] == "anora-2024");

        var byGenre = await (await client.GetAsync("/api/v1/films?genre=romance&pageSize=100", TestContext.Current.CancellationToken)).ReadNodeAsync();
        Assert.All(byGenre["items"]!.AsArray(), f => Assert.Contains("Romance", f!["genres"]!.AsArray().Select(g => (string)g!)));

        var byPerson = await (await client.GetAsync("/api/v1/films?person=sean-baker&pageSize=100", TestContext.Current.CancellationToken)).ReadNodeAsync();
        var bakerFilms = byPerson["items"]!.AsArray().Select(f => (string)f!["slug"]!).ToList();
        Assert.Contains("anora-2024", bakerFilms);
        Assert.True(bakerFilms.Count >= 2, "the demo has several Sean Baker films");
    }

    [Theory]
    [InlineData("title", false)]
    [InlineData("year", false)]
    [InlineData("year", true)]
    [InlineData("release", false)]
    public async Task List_sorts(string sort, bool descending)
    {
        var url = $"/api/v1/films?pageSize=100&sort={sort}&order={(descending ? "desc" : "asc")}";
        var items = (await (await app.Client().GetAsync(url, TestContext.Current.CancellationToken)).ReadNodeAsync())["items"]!.AsArray();
        IEnumerable<string> keys = sort switch
        {
            "title" => items.Select(i => TitleKey((string)i!["title"]!)),
            "year" => items.Select(i => ((int?)i!["year"] ?? 0).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)),
            _ => items.Select(i => (string?)i!["firstRelease"] ?? "9999"),
        };
        var list = keys.ToList();
        var sorted = descending ? list.OrderDescending(StringComparer.Ordinal).ToList() : list.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, list, StringComparer.Ordinal);
    }

    // What a reader expects of a title list: accents and case ignored, "The" set aside.
    private static string TitleKey(string title)
    {
        var plain = new string(title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
        foreach (var article in new[] { "the ", "a ", "an ", "le ", "la ", "les ", "l'", "el ", "il " })
        {
            if (plain.StartsWith(article, StringComparison.Ordinal)) return plain[article.Length..];
        }
        return plain;
    }

    [Fact]
    public async Task Title_sort_ignores_accents_and_leading_articles()
    {
        var titles = (await (await app.Client().GetAsync("/api/v1/films?pageSize=100&sort=title", TestContext.Current.CancellationToken)).ReadNodeAsync())["items"]!
            .AsArray().Select(i => (string)i!["title"]!).ToList();
        Assert.True(titles.IndexOf("Amélie") < titles.IndexOf("Amores perros"));
        // "The Godfather" files under G: after "Get Out", before "Gone Girl".
        Assert.True(titles.IndexOf("Get Out") < titles.IndexOf("The Godfather"));
        Assert.True(titles.IndexOf("The Godfather") < titles.IndexOf("Gone Girl"));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("year=abc", "year")]
    [InlineData("year=1500", "year")]
    [InlineData("sort=rating", "sort")]
    [InlineData("order=up", "order")]
    public async Task Bad_list_parameters_name_the_parameter(string query, string field)
    {
        var response = await app.Client().GetAsync($"/api/v1/films?{query}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadNodeAsync();
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Openapi_document_lists_the_endpoints()
    {
        var response = await app.Client().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadNodeAsync();
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/films", paths);
        Assert.Contains("/api/v1/films/{slug}", paths);
        Assert.Contains("/api/v1/people/{slug}", paths);
        var reference = await app.Client().GetAsync("/api/reference/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}

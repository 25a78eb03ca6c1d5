using System.Net;
using System.Net.Http.Headers;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Api;

/// <summary>Writes through the API, on an app of their own so that the read-only tests see the demo as shipped.</summary>
public sealed class FilmWritesTests : IClassFixture<FilmWritesTests.WritableApp>
{
    public sealed class WritableApp() : MarqueeApp(Provider.Sqlite, demo: false);

    private readonly WritableApp app;

    public FilmWritesTests(WritableApp app) => this.app = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Editor_creates_updates_and_deletes_a_film()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var created = await editor.PostJsonAsync("/api/v1/films", new { title = "Tangerine", year = 2015, runtimeMinutes = 88, countries = new[] { "US" }, genres = new[] { "Comedy", "Drama" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/films/tangerine-2015", created.Headers.Location?.ToString());
        var etag = created.Headers.ETag!;

        var update = new HttpRequestMessage(HttpMethod.Put, "/api/v1/films/tangerine-2015") { Content = Json.Raw("""{"title":"Tangerine","year":2015,"runtimeMinutes":88,"synopsis":"Two friends cross Los Angeles on Christmas Eve."}""") };
        update.Headers.IfMatch.Add(etag);
        var updated = await editor.SendAsync(update, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Two friends cross Los Angeles on Christmas Eve.", (string?)(await updated.ReadNodeAsync())["synopsis"]);
        Assert.NotEqual(etag, updated.Headers.ETag);

        // The first ETag is now stale: the write is refused and nothing changes.
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/films/tangerine-2015") { Content = Json.Raw("""{"title":"Overwritten"}""") };
        stale.Headers.IfMatch.Add(etag);
        var refused = await editor.SendAsync(stale, Ct);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tangerine", (string?)(await (await editor.GetAsync("/api/v1/films/tangerine-2015", Ct)).ReadNodeAsync())["title"]);

        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/films/tangerine-2015");
        delete.Headers.IfMatch.Add(updated.Headers.ETag!);
        var deleted = await editor.SendAsync(delete, Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/api/v1/films/tangerine-2015", Ct)).StatusCode);
    }

    [Fact]
    public async Task Duplicate_slug_is_409()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/films", new { title = "Red Rocket", year = 2021 })).StatusCode);
        var again = await editor.PostJsonAsync("/api/v1/films", new { title = "Red Rocket", year = 2021, slug = "red-rocket-2021" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        // A slug made from the title is not one anyone asked for: a second film of that title and year gets the next.
        var second = await editor.PostJsonAsync("/api/v1/films", new { title = "Red Rocket", year = 2021 });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("red-rocket-2021-2", (string?)(await second.ReadNodeAsync())["slug"]);
    }

    [Fact]
    public async Task Writes_need_an_editor_token()
    {
        var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/films", new { title = "X" })).StatusCode);

        var forged = app.Client();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "mq_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostJsonAsync("/api/v1/films", new { title = "X" })).StatusCode);

        var reader = await app.ClientWithRoleAsync(Roles.Reader);
        var forbidden = await reader.PostJsonAsync("/api/v1/films", new { title = "X" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/v1/films/anything", Ct)).StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_hashed()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var token = editor.DefaultRequestHeaders.Authorization!.Parameter!;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "marquee.db")}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Hash FROM ApiTokens";
        var hashes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct)) hashes.Add(reader.GetString(0));
        }
        Assert.DoesNotContain(token, hashes);
        Assert.Contains(ApiTokenService.Hash(token), hashes);
    }

    public static TheoryData<string, string> BadFilms => new()
    {
        { """{"title":"X","bogus":1}""", "bogus" },
        { """{"title":"X","year":"nineteen"}""", "year" },
        { """{"title":"X","runtimeMinutes":"long"}""", "runtimeMinutes" },
        { """{"title":"X","genres":"Drama"}""", "genres" },
        { """{"title":""}""", "title" },
        { """{"title":"   "}""", "title" },
        { """{"year":2000}""", "title" },
        { """{"title":"X","runtimeMinutes":0}""", "runtimeMinutes" },
        { """{"title":"X","runtimeMinutes":1001}""", "runtimeMinutes" },
        { """{"title":"X","year":1869}""", "year" },
        { """{"title":"X","year":2999}""", "year" },
        { """{"title":"X","countries":["XX"]}""", "countries[0]" },
        { """{"title":"X","countries":["usa"]}""", "countries[0]" },
        { """{"title":"X","originalLanguage":"english"}""", "originalLanguage" },
        { $$"""{"title":"{{new string('a', 301)}}"}""", "title" },
        { $$"""{"title":"X","synopsis":"{{new string('a', 4001)}}"}""", "synopsis" },
        { """{"title":"X","slug":"Not A Slug"}""", "slug" },
        { """{"title":"X","slug":"double--hyphen"}""", "slug" },
        { """{"title":"X","imdbId":"12345"}""", "imdbId" },
        { """{"title":"X",}""", "body" },
        { """not json""", "body" },
        { """null""", "body" },
    };

    [Theory]
    [MemberData(nameof(BadFilms))]
    public async Task Bad_film_is_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var before = await CountFilmsAsync(editor);
        var response = await editor.PostAsync("/api/v1/films", Json.Raw(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadNodeAsync();
        Assert.True(problem["errors"]?[field] is not null, $"expected an error for '{field}', got {problem.ToJsonString()}");
        Assert.Equal(before, await CountFilmsAsync(editor));
    }

    public static TheoryData<string, string> BadReleases => new()
    {
        { """{"country":"US","type":"cinema","date":"2024-10-18"}""", "type" },
        { """{"country":"ZZ","type":"limited","date":"2024-10-18"}""", "country" },
        { """{"country":"US","type":"limited"}""", "date" },
        { """{"country":"US","type":"limited","date":"18/10/2024"}""", "date" },
        { """{"country":"US","type":"limited","date":"1850-01-01"}""", "date" },
    };

    [Theory]
    [MemberData(nameof(BadReleases))]
    public async Task Bad_release_date_is_400(string body, string field)
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var slug = $"release-test-{Guid.NewGuid():n}"[..24];
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/films", new { title = "Release test", slug })).StatusCode);
        var response = await editor.PostAsync($"/api/v1/films/{slug}/release-dates", Json.Raw(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
        Assert.Empty((await (await editor.GetAsync($"/api/v1/films/{slug}/release-dates", Ct)).ReadNodeAsync()).AsArray());
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_413()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var huge = $$"""{"title":"X","synopsis":"{{new string('a', 1_100_000)}}"}""";
        var response = await editor.PostAsync("/api/v1/films", Json.Raw(huge), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Credits_and_release_dates_round_trip()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/people", new { name = "Sean Baker", birthYear = 1971 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/people", new { name = "Mikey Madison" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/films", new { title = "Anora", year = 2024, runtimeMinutes = 139 })).StatusCode);

        var director = await editor.PostJsonAsync("/api/v1/films/anora-2024/credits", new { kind = "crew", person = "sean-baker", department = "Directing", job = "Director" });
        Assert.Equal(HttpStatusCode.Created, director.StatusCode);
        var role = await editor.PostJsonAsync("/api/v1/films/anora-2024/credits", new { kind = "cast", person = "mikey-madison", character = "Anora", characterAliases = new[] { "Ani" } });
        Assert.Equal(HttpStatusCode.Created, role.StatusCode);
        var release = await editor.PostJsonAsync("/api/v1/films/anora-2024/release-dates", new { country = "US", type = "limited", date = "2024-10-18" });
        Assert.Equal(HttpStatusCode.Created, release.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostJsonAsync("/api/v1/films/anora-2024/release-dates", new { country = "US", type = "limited", date = "2024-10-18" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostJsonAsync("/api/v1/films/anora-2024/credits", new { kind = "cast", person = "nobody-here" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostJsonAsync("/api/v1/films/anora-2024/credits", new { kind = "crew", person = "sean-baker" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostJsonAsync("/api/v1/films/no-film/credits", new { kind = "cast", person = "sean-baker" })).StatusCode);

        var credits = await (await app.Client().GetAsync("/api/v1/films/anora-2024/credits", Ct)).ReadNodeAsync();
        Assert.Equal("mikey-madison", (string?)credits["cast"]![0]!["personSlug"]);
        Assert.Equal("Director", (string?)credits["crew"]![0]!["job"]);

        var releaseBody = await release.ReadNodeAsync();
        var move = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/films/anora-2024/release-dates/{(int)releaseBody["id"]!}")
        {
            Content = Json.Raw("""{"country":"GB","type":"theatrical","date":"2024-11-01","note":"UK release"}"""),
        };
        move.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var moved = await editor.SendAsync(move, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("GB", (string?)(await moved.ReadNodeAsync())["country"]);
        move = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/films/anora-2024/release-dates/{(int)releaseBody["id"]!}") { Content = Json.Raw("""{"country":"US","type":"limited","date":"2024-10-18"}""") };
        move.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await editor.SendAsync(move, Ct)).StatusCode);
        // A change must be conditional: none at all is 428 naming If-Match; "*" overwrites on purpose.
        move = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/films/anora-2024/release-dates/{(int)releaseBody["id"]!}") { Content = Json.Raw("""{"country":"US","type":"limited","date":"2024-10-18"}""") };
        var unconditional = await editor.SendAsync(move, Ct);
        Assert.Equal((HttpStatusCode)428, unconditional.StatusCode);
        Assert.Equal("application/problem+json", unconditional.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await unconditional.ReadNodeAsync())["errors"]!["If-Match"]);
        move = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/films/anora-2024/release-dates/{(int)releaseBody["id"]!}") { Content = Json.Raw("""{"country":"US","type":"limited","date":"2024-10-18"}""") };
        move.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(move, Ct)).StatusCode);

        var film = await (await editor.GetAsync("/api/v1/films/anora-2024", Ct)).ReadNodeAsync();
        Assert.Equal("Sean Baker", (string?)film["directors"]![0]!["name"]);
        Assert.Equal("Ani", (string?)film["cast"]![0]!["characterAliases"]![0]);
        Assert.Equal("limited", (string?)film["releaseDates"]![0]!["type"]);

        var creditId = (int)(await role.ReadNodeAsync())["id"]!;
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/films/anora-2024/credits/{creditId}") { Content = Json.Raw("""{"kind":"cast","person":"mikey-madison","character":"Anora Mikheeva","characterAliases":["Ani"]}""") };
        edit.Headers.IfMatch.Add(role.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(edit, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/films/anora-2024/credits/{creditId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.DeleteAsync($"/api/v1/films/anora-2024/credits/{creditId}", Ct)).StatusCode);
    }

    private static async Task<int> CountFilmsAsync(HttpClient client) =>
        (int)(await (await client.GetAsync("/api/v1/films?pageSize=1", Ct)).ReadNodeAsync())["total"]!;
}

using System.Net;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Api;

public sealed class PeopleApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Person_has_every_spelling_and_a_filmography()
    {
        var person = await (await app.Client().GetAsync("/api/v1/people/mark-eydelshteyn", Ct)).ReadNodeAsync();
        Assert.Equal("Mark Eydelshteyn", (string?)person["name"]);
        var aliases = person["aliases"]!.AsArray().Select(a => (string)a!["name"]!).ToList();
        Assert.Contains("Mark Eidelstein", aliases);
        Assert.Contains(person["aliases"]!.AsArray(), a => (string?)a!["script"] == "Cyrillic");
        Assert.Contains(person["cast"]!.AsArray(), c => (string?)c!["filmSlug"] == "anora-2024" && (string?)c["character"] == "Vanya Zakharov");
    }

    [Theory]
    [InlineData("mark-eidelstein", "mark-eydelshteyn")]
    [InlineData("yura-borisov", "yuriy-borisov")]
    [InlineData("aleksei-serebryakov", "aleksey-serebryakov")]
    public async Task Alias_slug_redirects_permanently(string alias, string canonical)
    {
        var response = await app.Client().GetAsync($"/api/v1/people/{alias}", Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/v1/people/{canonical}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task List_filters_by_any_spelling()
    {
        var list = await (await app.Client().GetAsync("/api/v1/people?q=Mark%20Eid", Ct)).ReadNodeAsync();
        Assert.Contains(list["items"]!.AsArray(), p => (string?)p!["slug"] == "mark-eydelshteyn");
    }

    [Fact]
    public async Task Unknown_person_is_404()
    {
        var response = await app.Client().GetAsync("/api/v1/people/nobody-at-all", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class PeopleWritesTests(PeopleWritesTests.WritableApp app) : IClassFixture<PeopleWritesTests.WritableApp>
{
    public sealed class WritableApp() : MarqueeApp(Provider.Sqlite, demo: false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aliases_are_added_found_and_removed()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/api/v1/people", new { name = "Yuriy Borisov", birthYear = 1992 })).StatusCode);
        var alias = await editor.PostJsonAsync("/api/v1/people/yuriy-borisov/aliases", new { name = "Юрий Борисов" });
        Assert.Equal(HttpStatusCode.Created, alias.StatusCode);
        Assert.Equal("Cyrillic", (string?)(await alias.ReadNodeAsync())["script"]);
        var latin = await editor.PostJsonAsync("/api/v1/people/yuriy-borisov/aliases", new { name = "Yura Borisov", source = "Collider review" });
        Assert.Equal(HttpStatusCode.Created, latin.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostJsonAsync("/api/v1/people/yuriy-borisov/aliases", new { name = "Yura Borisov" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostJsonAsync("/api/v1/people/yuriy-borisov/aliases", new { name = "" })).StatusCode);

        var aliasId = (int)(await alias.ReadNodeAsync())["id"]!;
        var fix = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/yuriy-borisov/aliases/{aliasId}") { Content = Json.Raw("""{"name":"Юрий Борисов","source":"native spelling"}""") };
        var fixedAlias = await editor.SendAsync(fix, Ct);
        Assert.Equal(HttpStatusCode.OK, fixedAlias.StatusCode);
        Assert.Equal("native spelling", (string?)(await fixedAlias.ReadNodeAsync())["source"]);

        var redirect = await app.Client().GetAsync("/people/yura-borisov", Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/people/yuriy-borisov", redirect.Headers.Location?.ToString());

        var id = (int)(await latin.ReadNodeAsync())["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/people/yuriy-borisov/aliases/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/people/yura-borisov", Ct)).StatusCode);
    }

    [Fact]
    public async Task Renaming_keeps_the_old_name_as_an_alias()
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var created = await editor.PostJsonAsync("/api/v1/people", new { name = "Alexei Serebryakov" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rename = new HttpRequestMessage(HttpMethod.Put, "/api/v1/people/alexei-serebryakov") { Content = Json.Raw("""{"name":"Aleksey Serebryakov"}""") };
        rename.Headers.IfMatch.Add(created.Headers.ETag!);
        var renamed = await editor.SendAsync(rename, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var body = await renamed.ReadNodeAsync();
        Assert.Equal("Aleksey Serebryakov", (string?)body["name"]);
        Assert.Contains(body["aliases"]!.AsArray(), a => (string?)a!["name"] == "Alexei Serebryakov");
    }

    public static TheoryData<string, string> BadPeople => new()
    {
        { """{"name":""}""", "name" },
        { """{"name":"X","birthYear":1700}""", "birthYear" },
        { """{"name":"X","birthYear":1990,"deathYear":1980}""", "deathYear" },
        { """{"name":"X","imdbId":"tt123"}""", "imdbId" },
        { """{"name":"X","slug":"UPPER"}""", "slug" },
        { """{"name":"X","nickname":"Y"}""", "nickname" },
        { $$"""{"name":"{{new string('n', 201)}}"}""", "name" },
    };

    [Theory]
    [MemberData(nameof(BadPeople))]
    public async Task Bad_person_is_400(string body, string field)
    {
        var editor = await app.ClientWithRoleAsync(Roles.Editor);
        var response = await editor.PostAsync("/api/v1/people", Json.Raw(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
    }
}

using Marquee.Data.People;

namespace Marquee.Web.Api;

/// <summary>/api/v1/people: people with every spelling of their names.</summary>
internal static class PeopleApi
{
    public static void MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", async (HttpRequest request, PersonQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var page = args.Int("page", 1, 100_000) ?? 1;
            var size = args.Int("pageSize", 1, 100) ?? 24;
            var prefix = args.Text("q", 200);
            if (args.Errors is { } errors) return Problems.Invalid(errors);
            return Results.Ok(FilmsApi.PageOf(await queries.ListAsync(page, size, prefix, ct)));
        }).WithSummary("List people; q filters by the start of any spelling of the name.");

        people.MapGet("/{slug}", async (string slug, HttpContext http, PersonQueries queries, CancellationToken ct) =>
        {
            var person = await queries.GetDetailsAsync(slug, ct);
            if (person is null)
            {
                // Any spelling's slug finds the person: answer with a permanent redirect to the canonical one.
                return await queries.ResolveSlugAsync(slug, ct) is { } canonical
                    ? Results.Redirect($"/api/v1/people/{canonical}", permanent: true)
                    : Problems.NotFound($"No person '{slug}'.");
            }
            if (ETags.NotModified(http.Request, person.Version)) return Results.StatusCode(StatusCodes.Status304NotModified);
            ETags.Set(http.Response, person.Version);
            return Results.Ok(person);
        }).Produces<PersonDetails>();

        people.MapPost("/", async (HttpContext http, PersonCommands commands, PersonQueries queries, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<PersonInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.CreateAsync(input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Created($"/api/v1/people/{result.Value.Slug}", await queries.GetDetailsAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<PersonInput>("application/json").Produces<PersonDetails>(201);

        people.MapPut("/{slug}", async (string slug, HttpContext http, PersonCommands commands, PersonQueries queries, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            var (input, error) = await ApiJson.ReadAsync<PersonInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateAsync(slug, input!, expected, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Ok(await queries.GetDetailsAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<PersonInput>("application/json").Produces<PersonDetails>();

        people.MapDelete("/{slug}", async (string slug, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            return Problems.FromFailure(await commands.DeleteAsync(slug, expected, ct)) ?? Results.NoContent();
        }).RequireAuthorization(Auth.EditorPolicy);

        people.MapGet("/{slug}/aliases", async (string slug, PersonQueries queries, CancellationToken ct) =>
            await queries.GetDetailsAsync(slug, ct) is { } person ? Results.Ok(person.Aliases) : Problems.NotFound($"No person '{slug}'."));

        people.MapPost("/{slug}/aliases", async (string slug, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<AliasInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.AddAliasAsync(slug, input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            var a = result.Value!;
            return Results.Created($"/api/v1/people/{slug}/aliases/{a.Id}", new AliasView(a.Id, a.Name, a.Slug, a.Script, a.Source));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<AliasInput>("application/json");

        people.MapPut("/{slug}/aliases/{id:int}", async (string slug, int id, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<AliasInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateAliasAsync(slug, id, input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            var a = result.Value!;
            return Results.Ok(new AliasView(a.Id, a.Name, a.Slug, a.Script, a.Source));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<AliasInput>("application/json");

        people.MapDelete("/{slug}/aliases/{id:int}", async (string slug, int id, PersonCommands commands, CancellationToken ct) =>
            Problems.FromFailure(await commands.DeleteAliasAsync(slug, id, ct)) ?? Results.NoContent())
            .RequireAuthorization(Auth.EditorPolicy);
    }
}

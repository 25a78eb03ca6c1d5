using Marquee.Data.People;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.People;

/// <summary>/api/v1/people: people with every spelling of their names.</summary>
internal static class PeopleApi
{
    private static readonly QueryParam PageSize = QueryParam.PageSize(100, 24);
    private static readonly QueryParam NamePrefix = QueryParam.Text("q", 200, "The start of any spelling of the name.");

    public static void MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", async (HttpRequest request, PersonQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var page = args.Int(QueryParam.Page) ?? 1;
            var size = args.Int(PageSize) ?? 24;
            var prefix = args.Text(NamePrefix);
            if (args.Errors is { } errors) return Problems.Invalid(errors);
            return Results.Ok(ApiPage<PersonSummary>.Of(await queries.ListAsync(page, size, prefix, ct)));
        }).WithName("ListPeople").WithSummary("List people; q filters by the start of any spelling of the name.")
          .WithQuery(QueryParam.Page, PageSize, NamePrefix).Produces<ApiPage<PersonSummary>>();

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
        }).Produces<PersonDetails>().WithETag().Produces(StatusCodes.Status301MovedPermanently)
          .WithName("GetPerson").WithSummary("A person with their filmography and every spelling; another spelling's slug redirects (301) to the person.");

        people.MapPost("/", async (HttpContext http, PersonCommands commands, PersonQueries queries, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<PersonInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.CreateAsync(input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Created($"/api/v1/people/{result.Value.Slug}", await queries.GetDetailsAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<PersonInput>("application/json").Produces<PersonDetails>(201).WithETag()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("CreatePerson").WithSummary("Add a person; the slug is made from the name unless given.");

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
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<PersonInput>("application/json").Produces<PersonDetails>().RequireIfMatch()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdatePerson").WithSummary("Replace a person's fields. Send If-Match with the ETag you read.");

        people.MapDelete("/{slug}", async (string slug, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            return Problems.FromFailure(await commands.DeleteAsync(slug, expected, ct)) ?? Results.NoContent();
        }).RequireAuthorization(Auth.EditorPolicy).RequireIfMatch().Produces(StatusCodes.Status204NoContent)
          .WithName("DeletePerson").WithSummary("Delete a person and their credits. Send If-Match.");

        people.MapGet("/{slug}/aliases", async (string slug, PersonQueries queries, CancellationToken ct) =>
            await queries.GetDetailsAsync(slug, ct) is { } person ? Results.Ok(person.Aliases) : Problems.NotFound($"No person '{slug}'."))
            .Produces<IReadOnlyList<AliasView>>().WithName("ListAliases").WithSummary("Every known spelling of a person's name.");

        people.MapPost("/{slug}/aliases", async (string slug, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<AliasInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.AddAliasAsync(slug, input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            var a = result.Value!;
            return Results.Created($"/api/v1/people/{slug}/aliases/{a.Id}", new AliasView(a.Id, a.Name, a.Slug, a.Script, a.Source));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<AliasInput>("application/json").Produces<AliasView>(201)
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("AddAlias").WithSummary("Add a spelling of a person's name (another script, transliteration or stage name).");

        people.MapPut("/{slug}/aliases/{id:int}", async (string slug, int id, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<AliasInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateAliasAsync(slug, id, input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            var a = result.Value!;
            return Results.Ok(new AliasView(a.Id, a.Name, a.Slug, a.Script, a.Source));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<AliasInput>("application/json").Produces<AliasView>()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateAlias").WithSummary("Correct a spelling of a person's name.");

        people.MapDelete("/{slug}/aliases/{id:int}", async (string slug, int id, PersonCommands commands, CancellationToken ct) =>
            Problems.FromFailure(await commands.DeleteAliasAsync(slug, id, ct)) ?? Results.NoContent())
            .RequireAuthorization(Auth.EditorPolicy).Produces(StatusCodes.Status204NoContent)
            .WithName("DeleteAlias").WithSummary("Remove a spelling of a person's name.");
    }
}

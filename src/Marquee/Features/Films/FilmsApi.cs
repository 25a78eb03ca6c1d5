using Marquee.Data.Films;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.Films;

/// <summary>/api/v1/films: read for everyone, write for editors.</summary>
internal static class FilmsApi
{
    public static void MapFilmsApi(this RouteGroupBuilder api)
    {
        var films = api.MapGroup("/films").WithTags("Films");

        films.MapGet("/", async (HttpRequest request, FilmQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var query = args.FilmList(clock.GetUtcNow().Year + 10);
            if (args.Errors is { } errors) return Problems.Invalid(errors);
            return Results.Ok(ApiPage<FilmSummary>.Of(await queries.ListAsync(query, ct)));
        }).WithName("ListFilms").WithSummary("Browse films with paging, filters (year, genre, person) and sort (title, year, release, added).")
          .WithQuery(FilmListParams.All).Produces<ApiPage<FilmSummary>>();

        films.MapGet("/{slug}", async (string slug, HttpContext http, FilmQueries queries, CancellationToken ct) =>
        {
            var film = await queries.GetDetailsAsync(slug, ct);
            if (film is null) return Problems.NotFound($"No film '{slug}'.");
            if (ETags.NotModified(http.Request, film.Version)) return Results.StatusCode(StatusCodes.Status304NotModified);
            ETags.Set(http.Response, film.Version);
            return Results.Ok(film);
        }).WithName("GetFilm").Produces<FilmDetails>().WithETag().WithSummary("A film with its credits and release dates; the ETag is its version.");

        films.MapPost("/", async (HttpContext http, FilmCommands commands, FilmQueries queries, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<FilmInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.CreateAsync(input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Created($"/api/v1/films/{result.Value.Slug}", await queries.GetDetailsAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<FilmInput>("application/json").Produces<FilmDetails>(201).WithETag()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("CreateFilm").WithSummary("Add a film; its slug is made from the title and year unless given.");

        films.MapPut("/{slug}", async (string slug, HttpContext http, FilmCommands commands, FilmQueries queries, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            var (input, error) = await ApiJson.ReadAsync<FilmInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateAsync(slug, input!, expected, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Ok(await queries.GetDetailsAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<FilmInput>("application/json").Produces<FilmDetails>().RequireIfMatch()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateFilm")
          .WithSummary("Replace a film's fields. Send If-Match with the ETag you read; a stale one gets 412.");

        films.MapDelete("/{slug}", async (string slug, HttpContext http, FilmCommands commands, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            return Problems.FromFailure(await commands.DeleteAsync(slug, expected, ct)) ?? Results.NoContent();
        }).RequireAuthorization(Auth.EditorPolicy).RequireIfMatch().Produces(StatusCodes.Status204NoContent)
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("DeleteFilm").WithSummary("Delete a film that no review is about. Send If-Match.");
    }
}

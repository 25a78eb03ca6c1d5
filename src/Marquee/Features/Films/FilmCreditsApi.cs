using Marquee.Core.Films;
using Marquee.Data.Films;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.Films;

/// <summary>A film's credits and release dates: /api/v1/films/{slug}/credits and /release-dates.</summary>
internal static class FilmCreditsApi
{
    public static void MapFilmCreditsApi(this RouteGroupBuilder api)
    {
        var film = api.MapGroup("/films/{slug}").WithTags("Credits and release dates");

        film.MapGet("/credits", async (string slug, FilmQueries queries, CancellationToken ct) =>
            await queries.GetDetailsAsync(slug, ct) is { } details
                ? Results.Ok(new FilmCredits(details.Cast, details.Crew))
                : Problems.NotFound($"No film '{slug}'."))
            .Produces<FilmCredits>().WithName("ListFilmCredits").WithSummary("A film's cast and crew in billing order.");

        film.MapPost("/credits", async (string slug, HttpContext http, FilmCommands commands, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<CreditInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.AddCreditAsync(slug, input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Created($"/api/v1/films/{slug}/credits/{result.Value.Id}", View(result.Value, input!));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<CreditInput>("application/json").Produces<CreditView>(201).WithETag()
          .WithName("AddFilmCredit").WithSummary("Credit a person (by slug) in a film's cast or crew.");

        film.MapPut("/credits/{id:int}", async (string slug, int id, HttpContext http, FilmCommands commands, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            var (input, error) = await ApiJson.ReadAsync<CreditInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateCreditAsync(slug, id, input!, expected, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Ok(View(result.Value, input!));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<CreditInput>("application/json").Produces<CreditView>().RequireIfMatch()
          .WithName("UpdateFilmCredit").WithSummary("Replace a credit. Send If-Match with the credit's ETag.");

        film.MapDelete("/credits/{id:int}", async (string slug, int id, FilmCommands commands, CancellationToken ct) =>
            Problems.FromFailure(await commands.DeleteCreditAsync(slug, id, ct)) ?? Results.NoContent())
            .RequireAuthorization(Auth.EditorPolicy).Produces(StatusCodes.Status204NoContent)
            .WithName("DeleteFilmCredit").WithSummary("Remove a credit from a film.");

        film.MapGet("/release-dates", async (string slug, FilmQueries queries, CancellationToken ct) =>
            await queries.GetDetailsAsync(slug, ct) is { } details ? Results.Ok(details.ReleaseDates) : Problems.NotFound($"No film '{slug}'."))
            .Produces<IReadOnlyList<ReleaseDateView>>().WithName("ListReleaseDates").WithSummary("A film's release dates by country and type.");

        film.MapPost("/release-dates", async (string slug, HttpContext http, FilmCommands commands, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<ReleaseDateInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.AddReleaseDateAsync(slug, input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            var r = result.Value!;
            ETags.Set(http.Response, r.Version);
            return Results.Created($"/api/v1/films/{slug}/release-dates/{r.Id}", new ReleaseDateView(r.Id, r.Country, r.Type.ToName(), r.Date, r.Note));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<ReleaseDateInput>("application/json").Produces<ReleaseDateView>(201).WithETag()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("AddReleaseDate").WithSummary("Add a release date (country, type, date).");

        film.MapPut("/release-dates/{id:int}", async (string slug, int id, HttpContext http, FilmCommands commands, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            var (input, error) = await ApiJson.ReadAsync<ReleaseDateInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateReleaseDateAsync(slug, id, input!, expected, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            var r = result.Value!;
            ETags.Set(http.Response, r.Version);
            return Results.Ok(new ReleaseDateView(r.Id, r.Country, r.Type.ToName(), r.Date, r.Note));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<ReleaseDateInput>("application/json").Produces<ReleaseDateView>().RequireIfMatch()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateReleaseDate").WithSummary("Replace a release date. Send If-Match with its ETag.");

        film.MapDelete("/release-dates/{id:int}", async (string slug, int id, FilmCommands commands, CancellationToken ct) =>
            Problems.FromFailure(await commands.DeleteReleaseDateAsync(slug, id, ct)) ?? Results.NoContent())
            .RequireAuthorization(Auth.EditorPolicy).Produces(StatusCodes.Status204NoContent)
            .WithName("DeleteReleaseDate").WithSummary("Remove a release date from a film.");
    }

    private static CreditView View(Credit credit, CreditInput input) => new(
        credit.Id, input.Kind, input.Person, credit.Character, credit.CharacterAliases, credit.Order, credit.CreditedAs,
        credit.Department, credit.Job, credit.Version);
}

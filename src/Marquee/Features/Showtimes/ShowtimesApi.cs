using System.Globalization;
using Marquee.Core.Common;
using Marquee.Core.Showtimes;
using Marquee.Data;
using Marquee.Data.Showtimes;
using Marquee.Core.Text;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>A screening as editors send it: local time on the cinema's clock, with an offset only to settle the repeated hour.</summary>
public sealed record ScreeningInput(
    string? Film,
    string? Cinema,
    string? Screen,
    string? LocalTime,
    string? TimeZone,
    string? Format,
    string? AudioLanguage,
    string? Subtitles,
    bool? Captions,
    bool? AudioDescription,
    string? TicketUrl,
    decimal? Price,
    string? Currency,
    bool? SoldOut);

/// <summary>/api/v1/cinemas and /api/v1/screenings: read for everyone, write for editors.</summary>
internal static class ShowtimesApi
{
    private static readonly QueryParam City = QueryParam.Text("city", 100, "A city's name, e.g. London.");
    private static readonly QueryParam Film = QueryParam.Text("film", Slug.MaxLength, "A film's slug.");
    private static readonly QueryParam Cinema = QueryParam.Text("cinema", Slug.MaxLength, "A cinema's slug.");
    private static readonly QueryParam From = QueryParam.Date("from", "The first day, yyyy-MM-dd on each cinema's clock.");
    private static readonly QueryParam To = QueryParam.Date("to", "The last day, yyyy-MM-dd on each cinema's clock.");
    private static readonly QueryParam ScreeningsPageSize = QueryParam.PageSize(ScreeningFilter.MaxPageSize, 100);

    public static void MapShowtimesApi(this RouteGroupBuilder api)
    {
        var cinemas = api.MapGroup("/cinemas").WithTags("Cinemas");
        cinemas.MapGet("/", async (HttpRequest request, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var more = new Dictionary<string, string[]>();
            var city = args.Text(City);
            var country = Country(request, more);
            if (Merge(args, more) is { } errors) return Problems.Invalid(errors);
            return Results.Ok(new ApiList<CinemaView>(await queries.CinemasAsync(city, country, ct)));
        }).WithName("ListCinemas").WithSummary("Cinemas, filtered by city or country (ISO 3166-1).")
          .WithQuery(City, QueryParam.Country).Produces<ApiList<CinemaView>>();

        cinemas.MapGet("/{slug}", async (string slug, HttpContext http, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var cinema = await queries.CinemaAsync(slug, ct);
            if (cinema is null) return Problems.NotFound($"No cinema '{slug}'.");
            ETags.Set(http.Response, cinema.Version);
            return Results.Ok(cinema);
        }).Produces<CinemaView>().WithETag().WithName("GetCinema").WithSummary("A cinema with its screens and time zone.");

        cinemas.MapPost("/", async (HttpContext http, ShowtimeCommands commands, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<CinemaInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.CreateCinemaAsync(input!, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Created($"/api/v1/cinemas/{result.Value.Slug}", await queries.CinemaAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<CinemaInput>("application/json").Produces<CinemaView>(201).WithETag()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("CreateCinema").WithSummary("Add a cinema.");

        cinemas.MapPut("/{slug}", async (string slug, HttpContext http, ShowtimeCommands commands, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            var (input, error) = await ApiJson.ReadAsync<CinemaInput>(http.Request);
            if (error is not null) return error;
            var result = await commands.UpdateCinemaAsync(slug, input!, expected, ct);
            if (Problems.FromFailure(result) is { } failure) return failure;
            ETags.Set(http.Response, result.Value!.Version);
            return Results.Ok(await queries.CinemaAsync(result.Value.Slug, ct));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<CinemaInput>("application/json").Produces<CinemaView>().RequireIfMatch()
          .ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateCinema")
          .WithSummary("Replace a cinema's fields. Send If-Match with the ETag you read; a stale one gets 412.");

        cinemas.MapDelete("/{slug}", async (string slug, HttpContext http, ShowtimeCommands commands, CancellationToken ct) =>
        {
            var (expected, stale) = ETags.Expected(http.Request);
            if (stale is not null) return stale;
            return Problems.FromFailure(await commands.DeleteCinemaAsync(slug, expected, ct)) ?? Results.NoContent();
        }).RequireAuthorization(Auth.EditorPolicy).RequireIfMatch().Produces(StatusCodes.Status204NoContent)
          .WithName("DeleteCinema").WithSummary("Delete a cinema and its screenings. Send If-Match.");

        var screenings = api.MapGroup("/screenings").WithTags("Screenings");
        screenings.MapGet("/", async (HttpRequest request, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var args = new QueryArgs(request.Query);
            var more = new Dictionary<string, string[]>();
            var filter = new ScreeningFilter(
                Film: args.Text(Film), Cinema: args.Text(Cinema), City: args.Text(City),
                Country: Country(request, more), From: Date(request, From.Name, more), To: Date(request, To.Name, more),
                Page: args.Int(QueryParam.Page) ?? 1, PageSize: args.Int(ScreeningsPageSize) ?? 100);
            if (filter is { From: { } from, To: { } to } && to < from) more["to"] = ["Must not be before from."];
            if (Merge(args, more) is { } errors) return Problems.Invalid(errors);
            return Results.Ok(ApiPage<ScreeningView>.Of(await queries.ScreeningsAsync(filter, ct)));
        }).WithName("ListScreenings")
          .WithSummary("Screenings in start order, filtered by film, cinema, city, country and a range of days (from, to: yyyy-MM-dd on each cinema's clock).")
          .WithQuery(Film, Cinema, City, QueryParam.Country, From, To, QueryParam.Page, ScreeningsPageSize).Produces<ApiPage<ScreeningView>>();

        screenings.MapGet("/{id:int}", async (int id, HttpContext http, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var screening = await queries.ScreeningAsync(id, ct);
            if (screening is null) return Problems.NotFound($"No screening {id}.");
            ETags.Set(http.Response, screening.Version);
            return Results.Ok(screening);
        }).Produces<ScreeningView>().WithETag().WithName("GetScreening").WithSummary("A screening, with its start on the cinema's clock and in UTC.");

        screenings.MapPost("/", async (HttpContext http, ShowtimeImporter importer, ShowtimeQueries queries, CancellationToken ct) =>
        {
            var (input, error) = await ApiJson.ReadAsync<ScreeningInput>(http.Request);
            if (error is not null) return error;
            var report = await importer.ImportAsync([ToRow(input!)], ct);
            if (report.Problems.Count > 0)
            {
                var errors = report.Problems.GroupBy(p => CamelField(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray());
                return report.Problems.Any(p => p.Field == ShowtimeImporter.ConflictField || (p.Field == "screen" && p.Reason.Contains("already showing", StringComparison.Ordinal)))
                    ? Problems.Status(StatusCodes.Status409Conflict, "The screen is taken at that time.", errors)
                    : Problems.Invalid(errors);
            }
            var screening = await queries.ScreeningAsync(report.ScreeningIds[0], ct);
            ETags.Set(http.Response, screening!.Version);
            return report.Added == 1 ? Results.Created($"/api/v1/screenings/{screening.Id}", screening) : Results.Ok(screening);
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<ScreeningInput>("application/json").Produces<ScreeningView>(201)
          .Produces<ScreeningView>().WithETag().ProducesProblem(StatusCodes.Status409Conflict).WithName("CreateScreening")
          .WithSummary("Add a screening. The same film in the same slot again returns the existing screening (200).");

        screenings.MapDelete("/{id:int}", async (int id, ShowtimeCommands commands, CancellationToken ct) =>
            Problems.FromFailure(await commands.DeleteScreeningAsync(id, ct)) ?? Results.NoContent())
            .RequireAuthorization(Auth.EditorPolicy).Produces(StatusCodes.Status204NoContent)
            .WithName("DeleteScreening").WithSummary("Delete a screening.");

        screenings.MapPost("/import", async (HttpRequest request, ShowtimeImporter importer, CancellationToken ct) =>
        {
            var (text, json, error) = await ReadFeedAsync(request);
            if (error is not null) return error;
            var report = await importer.ImportFeedAsync(text!, json, ct);
            return Results.Ok(new FeedImportReport(report.Added, report.Updated, report.Unchanged, report.Problems.Select(p => p.Line).Distinct().Count(), report.Problems));
        }).RequireAuthorization(Auth.EditorPolicy).Accepts<string>("text/csv", "text/plain").AlsoAccepts<ScreeningFeed>("application/json")
          .Produces<FeedImportReport>().WithName("ImportScreenings")
          .WithSummary("Upload a showtime feed (text/csv or application/json, at most 1 MB). Valid rows go in; each refused row is reported by line and reason.");
    }

    private static string? Country(HttpRequest request, Dictionary<string, string[]> errors)
    {
        var code = request.Query["country"].ToString().Trim().ToUpperInvariant();
        if (code.Length == 0) return null;
        if (Countries.IsValid(code)) return code;
        errors["country"] = ["An ISO 3166-1 alpha-2 code such as US or GB."];
        return null;
    }

    private static DateOnly? Date(HttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        var raw = request.Query[name].ToString();
        if (raw.Length == 0) return null;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && ProgrammeDay.IsInRange(date)) return date;
        errors[name] = [$"A date like 2026-11-22, from {ProgrammeDay.Earliest:yyyy-MM-dd} to {ProgrammeDay.Latest:yyyy-MM-dd}."];
        return null;
    }

    private static IReadOnlyDictionary<string, string[]>? Merge(QueryArgs args, Dictionary<string, string[]> more)
    {
        foreach (var (key, value) in args.Errors ?? new Dictionary<string, string[]>()) more[key] = value;
        return more.Count == 0 ? null : more;
    }

    private static FeedRow ToRow(ScreeningInput input)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string key, string? value) { if (value is not null) fields[key] = value; }
        Put("film", input.Film);
        Put("cinema_id", input.Cinema);
        Put("screen", input.Screen);
        Put("local_time", input.LocalTime);
        Put("time_zone", input.TimeZone);
        Put("format", input.Format);
        Put("audio_language", input.AudioLanguage);
        Put("subtitles", input.Subtitles);
        Put("captions", input.Captions?.ToString());
        Put("audio_description", input.AudioDescription?.ToString());
        Put("ticket_url", input.TicketUrl);
        Put("price", input.Price?.ToString(CultureInfo.InvariantCulture));
        Put("currency", input.Currency);
        Put("sold_out", input.SoldOut?.ToString());
        return new FeedRow(1, fields);
    }

    // Feed field names (cinema_id, local_time) as the JSON body names them (cinema, localTime).
    private static string CamelField(string field) => field switch
    {
        "cinema_id" => "cinema",
        _ => string.Concat(field.Split('_').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..])),
    };

    private static async Task<(string? Text, bool Json, IResult? Error)> ReadFeedAsync(HttpRequest request)
    {
        if (request.ContentLength > ApiJson.MaxBodyBytes) return (null, false, TooLarge());
        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var json = type is "application/json";
        if (!json && type is not ("text/csv" or "text/plain"))
            return (null, false, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send the feed as text/csv or application/json."));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > ApiJson.MaxBodyBytes) return (null, false, TooLarge());
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, false, Problems.Invalid("body", "The feed is empty."));
        return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), json, null);
    }

    private static IResult TooLarge() =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The feed is larger than {ApiJson.MaxBodyBytes / 1024} KB; split it or use `marquee import showtimes`.");
}

using System.Globalization;
using Marquee.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace Marquee.Web;

/// <summary>Errors handled in one place: problem+json for the API, friendly pages for readers, exception text only in Development.</summary>
internal static class Errors
{
    public static IServiceCollection AddMarqueeErrors(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });

    public static void UseMarqueeErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when DatabaseAvailability.IsOutage(exception) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
            // DatabaseAvailability logs an outage once per interval; a line per refused request would bury the log.
            SuppressDiagnosticsCallback = context => DatabaseAvailability.IsOutage(context.Exception),
            ExceptionHandler = async context =>
            {
                var status = context.Response.StatusCode;
                var unavailable = status == StatusCodes.Status503ServiceUnavailable;
                if (unavailable) context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                if (IsApi(context.Request.Path) || status is not (StatusCodes.Status500InternalServerError or StatusCodes.Status503ServiceUnavailable))
                {
                    var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                    var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                    await problems.WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = status,
                            Title = status switch
                            {
                                StatusCodes.Status500InternalServerError => "Something went wrong on our side.",
                                StatusCodes.Status503ServiceUnavailable => "The database is unavailable for a moment; try again shortly.",
                                _ => "The request could not be read.",
                            },
                            Detail = app.Environment.IsDevelopment() ? error?.Message : null,
                        },
                    });
                    return;
                }
                context.Request.Path = "/error";
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(unavailable ? ErrorPage.Unavailable : ErrorPage.Html);
            },
        });
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), site => site.UseStatusCodePagesWithReExecute("/status/{0}"));
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}

internal static class ErrorPage
{
    // Self-contained so they render even when the page pipeline, or the database, is what failed.
    public const string Html = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Something went wrong · Marquee</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="page narrow"><h1>Something went wrong</h1>
        <p>We could not show this page. The error has been logged; please try again in a moment.</p>
        <p><a href="/">Back to the home page</a></p></main></body></html>
        """;

    public const string Unavailable = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Temporarily unavailable · Marquee</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="page narrow"><h1>Temporarily unavailable</h1>
        <p>We cannot reach our database just now, so this page cannot be shown. Please try again in a few seconds.</p>
        <p><a href="/">Back to the home page</a></p></main></body></html>
        """;
}

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
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            ExceptionHandler = async context =>
            {
                var status = context.Response.StatusCode;
                if (IsApi(context.Request.Path) || status != StatusCodes.Status500InternalServerError)
                {
                    var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                    var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                    await problems.WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = status,
                            Title = status == 500 ? "Something went wrong on our side." : "The request could not be read.",
                            Detail = app.Environment.IsDevelopment() ? error?.Message : null,
                        },
                    });
                    return;
                }
                context.Request.Path = "/error";
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(ErrorPage.Html);
            },
        });
        app.UseWhen(c => IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), site => site.UseStatusCodePagesWithReExecute("/status/{0}"));
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}

internal static class ErrorPage
{
    // Self-contained so it renders even when the page pipeline is what failed.
    public const string Html = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Something went wrong · Marquee</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="page narrow"><h1>Something went wrong</h1>
        <p>We could not show this page. The error has been logged; please try again in a moment.</p>
        <p><a href="/">Back to the home page</a></p></main></body></html>
        """;
}

using Marquee.Data.ArticleImports;
using Microsoft.AspNetCore.Http.Features;

namespace Marquee.Web.ArticleImports;

/// <summary>
/// Refuses an oversized article before anything reads the form (antiforgery reads it first): 413 with a plain page.
/// Bodies without a length are capped by the server's own limit.
/// </summary>
internal static class ImportSizeLimit
{
    // The form around the article: field names, the antiforgery token and multipart boundaries.
    public const long MaxRequestBytes = ArticleImportLimits.SourceBytes + (64 * 1024);

    public static void UseArticleImportLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/desk/imports"))
        {
            if (context.Request.ContentLength > MaxRequestBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    $"<!doctype html><title>Too large</title><h1>Too large</h1><p>An article may be at most {ArticleImportLimits.SourceBytes / 1024 / 1024} MB. <a href=\"/desk/imports/new\">Back</a></p>");
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxRequestBytes;
        }
        await next();
    });
}

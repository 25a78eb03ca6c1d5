using System.Net;
using Microsoft.AspNetCore.Http.Metadata;

namespace Marquee.Web;

/// <summary>
/// Refuses a request whose declared length is over its endpoint's <c>[RequestSizeLimit]</c> before anything reads
/// the body: a page's antiforgery check reads the whole form first, and an over-limit read would fail there without
/// a useful answer. Routing already applies the limit to bodies sent without a length.
/// </summary>
internal static class RequestSizeLimits
{
    public static void UseRequestSizeLimits(this WebApplication app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is null || !(context.Request.ContentLength > limit))
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        var back = WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path);
        await context.Response.WriteAsync(
            $"<!doctype html><title>Too large</title><h1>Too large</h1><p>This form takes at most {limit / 1024 / 1024} MB. <a href=\"{back}\">Back</a></p>");
    });
}

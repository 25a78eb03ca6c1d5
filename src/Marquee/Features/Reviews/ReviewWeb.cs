using Marquee.Core.Common;
using Marquee.Data.Reviews;
using Marquee.Features.Reviews;
using Marquee.Core.Text;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>The review feature's routes outside Razor Pages and the API: spoiler preferences (plain links, so they work without script), media files and feeds.</summary>
internal static class ReviewWeb
{
    public static IServiceCollection AddReviews(this IServiceCollection services) => services.AddHostedService<ScheduledReviewPublisher>();

    public static void MapReviews(this WebApplication app)
    {
        // Preferences, not data: GET links so that the shield works without script. Only local return addresses are followed.
        app.MapGet("/spoilers/off", (HttpContext http, string? returnUrl) =>
        {
            SpoilerShield.TurnOff(http.Response);
            return Results.LocalRedirect(RedirectTarget.LocalOr(returnUrl));
        });
        app.MapGet("/spoilers/on", (HttpContext http, string? returnUrl) =>
        {
            SpoilerShield.TurnOn(http.Request, http.Response);
            return Results.LocalRedirect(RedirectTarget.LocalOr(returnUrl));
        });
        app.MapGet("/spoilers/seen/{film}", (string film, HttpContext http, string? returnUrl) =>
        {
            if (!Slug.IsValid(film)) return Results.NotFound();
            SpoilerShield.MarkSeen(http.Request, http.Response, film);
            return Results.LocalRedirect(RedirectTarget.LocalOr(returnUrl));
        });
        app.MapGet("/spoilers/unseen/{film}", (string film, HttpContext http, string? returnUrl) =>
        {
            if (!Slug.IsValid(film)) return Results.NotFound();
            SpoilerShield.Forget(http.Request, http.Response, film);
            return Results.LocalRedirect(RedirectTarget.LocalOr(returnUrl));
        });
        app.MapGet(ReviewImages.UrlPrefix + "{name}", (string name, HttpContext http, ReviewImages images) =>
        {
            if (images.Open(name) is not { } file) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(file.Path, file.ContentType);
        }).ExcludeFromDescription();
        app.MapReviewFeeds();
    }
}

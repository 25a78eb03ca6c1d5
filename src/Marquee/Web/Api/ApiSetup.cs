using System.Text.Json.Serialization;
using Marquee.Features.Films;
using Marquee.Features.People;
using Marquee.Features.Reviews;
using Marquee.Features.Search;
using Marquee.Features.Showtimes;
using Scalar.AspNetCore;

namespace Marquee.Web.Api;

/// <summary>The versioned JSON API under /api/v1, its OpenAPI document and its reference page.</summary>
internal static class ApiSetup
{
    public static IServiceCollection AddMarqueeApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json =>
        {
            ApiJson.Configure(json.SerializerOptions);
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        services.AddOpenApi("v1", ApiDocument.Configure);
        return services;
    }

    public static void MapMarqueeApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("Marquee API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        // The one /api/v1 group: every API endpoint is metered by the same per-client budget.
        var v1 = app.MapGroup("/api/v1").RequireRateLimiting(RateLimits.Api);
        ((IEndpointConventionBuilder)v1).Finally(ApiConventions.DescribeProblems);
        v1.MapFilmsApi();
        v1.MapFilmCreditsApi();
        v1.MapPeopleApi();
        v1.MapSearchApi();
        v1.MapReviewsApi();
        v1.MapShowtimesApi();
    }
}

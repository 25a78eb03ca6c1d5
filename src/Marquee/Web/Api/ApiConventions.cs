using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;

namespace Marquee.Web.Api;

/// <summary>An endpoint that answers with an ETag (and, for a GET, 304 to a matching If-None-Match).</summary>
internal sealed record ETagMetadata;

/// <summary>An endpoint that changes a versioned resource only when If-Match names its current ETag; Required: never without one.</summary>
internal sealed record IfMatchMetadata(bool Required);

/// <summary>The query-string parameters an endpoint reads by hand through <see cref="QueryArgs"/>.</summary>
internal sealed record QueryParamsMetadata(IReadOnlyList<QueryParam> Parameters);

/// <summary>Endpoint metadata shared by the API: what the OpenAPI document says and, for If-Match, what is enforced.</summary>
internal static class ApiConventions
{
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder endpoint, params QueryParam[] parameters) =>
        endpoint.WithMetadata(new QueryParamsMetadata(parameters));

    /// <summary>
    /// A second kind of body for an endpoint that reads its body by hand (the first is its Accepts): the document lists
    /// both, where Accepts alone keeps only the last.
    /// </summary>
    public static RouteHandlerBuilder AlsoAccepts<T>(this RouteHandlerBuilder endpoint, string contentType) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            if (operation.RequestBody is not OpenApiRequestBody body) return;
            body.Content ??= new Dictionary<string, OpenApiMediaType>();
            body.Content[contentType] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(typeof(T), null, ct) };
        });

    public static RouteHandlerBuilder WithETag(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new ETagMetadata());

    /// <summary>An action that takes If-Match when the client wants it guarded (412 when stale), and goes ahead without.</summary>
    public static RouteHandlerBuilder WithIfMatchParameter(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new IfMatchMetadata(Required: false));

    /// <summary>
    /// Optimistic concurrency is not optional: a request without If-Match gets 428 naming the header (RFC 6585), so a
    /// client cannot overwrite a change it never saw by forgetting it. "If-Match: *" overwrites on purpose.
    /// </summary>
    public static RouteHandlerBuilder RequireIfMatch(this RouteHandlerBuilder endpoint) => endpoint
        .WithMetadata(new IfMatchMetadata(Required: true), new ETagMetadata())
        .AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers.IfMatch.Count == 0
                ? Problems.Status(StatusCodes.Status428PreconditionRequired,
                    "This change must be conditional: send If-Match with the ETag you read (or * to overwrite whatever is there).",
                    new Dictionary<string, string[]> { ["If-Match"] = ["Required."] })
                : await next(context));

    /// <summary>
    /// Declares the problem responses an API endpoint can give, from what it is: every one can answer 400 (a field or
    /// parameter) and 429 (the budget); one behind a policy 401 and 403; one with a path parameter 404; one with a body
    /// 413 and 415; a conditional one 412 and 428. Runs after the endpoint's own metadata, so it sees all of it.
    /// </summary>
    public static void DescribeProblems(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
        void Problem(int status)
        {
            if (declared.Add(status)) metadata.Add(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }

        if (declared.Add(StatusCodes.Status400BadRequest))
            metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Problem(StatusCodes.Status401Unauthorized);
            Problem(StatusCodes.Status403Forbidden);
        }
        if (endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 }) Problem(StatusCodes.Status404NotFound);
        if (metadata.OfType<IAcceptsMetadata>().Any())
        {
            Problem(StatusCodes.Status413PayloadTooLarge);
            Problem(StatusCodes.Status415UnsupportedMediaType);
        }
        if (metadata.OfType<IfMatchMetadata>().FirstOrDefault() is { } ifMatch)
        {
            Problem(StatusCodes.Status412PreconditionFailed);
            if (ifMatch.Required) Problem(StatusCodes.Status428PreconditionRequired);
        }
        Problem(StatusCodes.Status429TooManyRequests);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Marquee.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json: only /api/v1 endpoints, with what the endpoints' metadata cannot say by
/// itself: the API's description and server, how to authenticate, If-Match and ETag headers, and the query parameters
/// that list endpoints read by hand.
/// </summary>
internal static class ApiDocument
{
    private const string Bearer = "bearer";
    private const string Cookie = "cookie";
    private const string Antiforgery = "antiforgery";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Films"] = "The film database: browse, read and (editors) write films.",
        ["Credits and release dates"] = "A film's cast, crew and release dates by country.",
        ["People"] = "People with every known spelling of their names.",
        ["Search"] = "Films and people by any spelling; published reviews by their text.",
        ["Reviews"] = "Reviews, their workflow from draft to published, and their images.",
        ["Cinemas"] = "Cinemas and their screens, with their time zones.",
        ["Screenings"] = "Screenings (showtimes) of films at cinemas, one at a time or as a feed.",
    };

    public static void Configure(OpenApiOptions options)
    {
        // Pages, feeds, calendars and the spoiler-shield links are the site's, not the API's.
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true
            || description.RelativePath == "api/v1";
        options.AddDocumentTransformer((document, context, _) =>
        {
            Describe(document, context.ApplicationServices);
            return Task.CompletedTask;
        });
        // A form with a file is described in place, where client generators look for a file to upload (NSwag does not
        // follow a $ref there), not as a component; so is its file (InlineFiles).
        options.CreateSchemaReferenceId = type =>
            type.Type.GetProperties().Any(p => p.PropertyType == typeof(IFormFile)) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        // Every string goes through StorableStringConverter (ApiJson), a custom converter whose values the schema
        // exporter cannot see: say they are strings, null only where the property is declared nullable.
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(string))
                schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            else if (context.JsonTypeInfo.ElementType == typeof(string) && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Enumerable)
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            Secure(operation, metadata, context.Description.HttpMethod, context.Document);
            AddQueryParameters(operation, metadata);
            AddConditionalHeaders(operation, metadata, context.Description.HttpMethod);
            InlineFiles(operation);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiDocument document, IServiceProvider services)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Marquee API",
            Version = "1.0",
            Description = """
                The film database, reviews and showtimes of a Marquee site, as camelCase JSON.
                Reads are open; writes need a bearer token (`marquee users add NAME --role editor` prints one) or, from the
                site's pages, the sign-in cookie with the page's antiforgery token in the `RequestVerificationToken` header.
                Documents carry an `ETag`; a change to one (PUT, and DELETE of a film, person or cinema) must send it back in
                `If-Match`: a stale one gets 412, none at all 428. Errors are `application/problem+json` naming the field.
                Every endpoint shares one request budget per client; over it is 429 with `Retry-After`.
                """,
            // No licence has been granted for the API or its content; an SPDX LicenseRef says so in a form tools read.
            License = new OpenApiLicense { Name = "All rights reserved", Identifier = "LicenseRef-All-Rights-Reserved" },
        };
        // The site's public address when it has one; else "/", the site the document was fetched from, which stays right
        // behind a proxy (the address a request came to may be an internal one, or localhost).
        var publicUrl = services.GetService<IOptions<SiteOptions>>()?.Value.PublicUrl?.Trim().TrimEnd('/');
        document.Servers = [new OpenApiServer { Url = string.IsNullOrEmpty(publicUrl) ? "/" : publicUrl, Description = "This Marquee site." }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token from `marquee users add` or `marquee users token`: `Authorization: Bearer mq_…`.",
            },
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = SignInCookie.Name,
                Description = "The site's sign-in cookie (from /account/login), for the pages' own scripts.",
            },
            [Antiforgery] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "RequestVerificationToken",
                Description = "A page's antiforgery token (its forms' __RequestVerificationToken); a write with the sign-in cookie needs it.",
            },
        };

        // Files are described in place (InlineFiles), so their component is not used.
        document.Components.Schemas?.Remove("IFormFile");

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
        }
    }

    // Editor endpoints take a bearer token only; critic endpoints also the sign-in cookie, with the antiforgery token for a write.
    private static void Secure(OpenApiOperation operation, IList<object> metadata, string? method, OpenApiDocument? document)
    {
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        OpenApiSecurityRequirement Requirement(params string[] schemes)
        {
            var requirement = new OpenApiSecurityRequirement();
            foreach (var scheme in schemes) requirement[new OpenApiSecuritySchemeReference(scheme, document)] = [];
            return requirement;
        }

        if (policies.Count == 0)
        {
            operation.Security = [Requirement()];
            return;
        }
        operation.Security = [Requirement(Bearer)];
        if (!policies.Contains(Auth.EditorPolicy))
            operation.Security.Add(HttpMethods.IsGet(method ?? "") ? Requirement(Cookie) : Requirement(Cookie, Antiforgery));
    }

    private static void AddQueryParameters(OpenApiOperation operation, IList<object> metadata)
    {
        foreach (var param in metadata.OfType<QueryParamsMetadata>().SelectMany(m => m.Parameters))
        {
            var schema = new OpenApiSchema
            {
                Type = param.Value == QueryValue.Integer ? JsonSchemaType.Integer : JsonSchemaType.String,
                Format = param.Value switch { QueryValue.Integer => "int32", QueryValue.Date => "date", _ => null },
            };
            if (param.Value == QueryValue.Integer)
            {
                schema.Minimum = param.Min.ToString(CultureInfo.InvariantCulture);
                if (param.Max < int.MaxValue) schema.Maximum = param.Max.ToString(CultureInfo.InvariantCulture);
            }
            if (param.MaxLength > 0) schema.MaxLength = param.MaxLength;
            if (param.Values is { } values) schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = param.Name,
                In = ParameterLocation.Query,
                Description = param.Description,
                Required = param.Required,
                Schema = schema,
            });
        }
    }

    private static void InlineFiles(OpenApiOperation operation)
    {
        if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) != true || form!.Schema?.Properties is not { } fields) return;
        foreach (var (name, field) in fields.ToList())
        {
            if (field is OpenApiSchemaReference { Reference.Id: "IFormFile" })
                fields[name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = field.Description };
        }
    }

    private static void AddConditionalHeaders(OpenApiOperation operation, IList<object> metadata, string? method)
    {
        if (metadata.OfType<IfMatchMetadata>().FirstOrDefault() is { } ifMatch)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = ifMatch.Required,
                Description = ifMatch.Required
                    ? "The ETag you read; a stale one gets 412, none 428. `*` changes whatever is there."
                    : "The ETag you read, to refuse the action (412) if the review changed since.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        if (!metadata.OfType<ETagMetadata>().Any() || operation.Responses is null) return;
        foreach (var (status, response) in operation.Responses)
        {
            if (!status.StartsWith('2') || response is not OpenApiResponse concrete || status == "204") continue;
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers["ETag"] = new OpenApiHeader
            {
                Description = "The version of what was sent; send it back in If-Match to change it.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        if (!HttpMethods.IsGet(method ?? "")) return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "An ETag you hold: 304 with no body when it is still current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the ETag in If-None-Match is current." };
    }
}

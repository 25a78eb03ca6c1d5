using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Marquee.Tests.Api;

/// <summary>The API document at /openapi/v1.json, as a client's tools read it: linted, parsed, and checked against the server.</summary>
public sealed class OpenApiDocumentTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> DocumentAsync()
    {
        var response = await app.Client().GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task Redocly_recommended_rules_find_no_error_and_no_warning()
    {
        var redocly = TestEnvironment.RedoclyPath;
        // A folder of its own, so no redocly.yaml from anywhere around changes the rules.
        var dir = Directory.CreateTempSubdirectory("marquee-openapi-");
        try
        {
            var file = Path.Combine(dir.FullName, "v1.json");
            await File.WriteAllTextAsync(file, await DocumentAsync(), Ct);
            var start = new ProcessStartInfo(redocly)
            {
                ArgumentList = { "lint", "--extends=recommended", "--format=json", "--max-problems=1000", file },
                WorkingDirectory = dir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(Ct);
            var errors = process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            var report = JsonNode.Parse(await output) ?? throw new InvalidOperationException("redocly printed nothing: " + await errors);
            var problems = report["problems"]!.AsArray()
                .Select(p => $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join('\n', problems));
            Assert.Equal(0, (int)report["totals"]!["errors"]!);
            Assert.Equal(0, (int)report["totals"]!["warnings"]!);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_openapi_reader_reads_it_without_errors()
    {
        var result = OpenApiDocument.Parse(await DocumentAsync(), OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.Empty(result.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic!.SpecificationVersion);
        var document = result.Document!;
        Assert.Equal("Marquee API", document.Info.Title);
        Assert.Contains("bearer", document.Components!.SecuritySchemes!.Keys);
    }

    [Fact]
    public async Task It_lists_every_api_endpoint_and_nothing_else()
    {
        var paths = JsonNode.Parse(await DocumentAsync())!["paths"]!.AsObject();
        var documented = paths.SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}")).ToHashSet();
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p.Key, StringComparison.Ordinal));

        var served = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalised(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        Assert.NotEmpty(served);
        Assert.Equal(served.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    // "/api/v1/films/{slug}/credits/{id:int}" → "/api/v1/films/{slug}/credits/{id}", as the document writes it.
    private static string Normalised(string route) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(route.TrimStart('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/');

    [Fact]
    public async Task Every_operation_is_named_summarised_and_says_how_it_fails()
    {
        var paths = JsonNode.Parse(await DocumentAsync())!["paths"]!.AsObject();
        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                Assert.False(string.IsNullOrWhiteSpace((string?)operation!["operationId"]), where);
                Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), where);
                var responses = operation["responses"]!.AsObject();
                Assert.Contains(responses, r => r.Key.StartsWith('2'));
                foreach (var status in new[] { "400", "429" })
                    Assert.True(responses.ContainsKey(status), $"{where} lacks {status}");
                if (path.Contains('{')) Assert.True(responses.ContainsKey("404"), $"{where} lacks 404");
                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4'))
                    Assert.True(response!["content"]?["application/problem+json"]?["schema"] is not null, $"{where} {status} has no problem+json schema");
                foreach (var (status, response) in responses.Where(r => r.Key is not ("204" or "301" or "304") && r.Key[0] is '2'))
                    Assert.True(response!["content"]?.AsObject().Single().Value!["schema"] is not null, $"{where} {status} has no schema");
                if (method is "put")
                {
                    var ifMatch = operation["parameters"]!.AsArray().SingleOrDefault(p => (string?)p!["name"] == "If-Match");
                    // A spelling of a name carries no version (no ETag is issued for it), so correcting one cannot be conditional.
                    if (path.EndsWith("/aliases/{id}", StringComparison.Ordinal)) continue;
                    Assert.True(ifMatch is not null && (bool?)ifMatch["required"] == true, $"{where} lacks a required If-Match");
                    Assert.True(responses.ContainsKey("412") && responses.ContainsKey("428"), $"{where} lacks 412 or 428");
                }
            }
        }
    }

    /// <summary>Each documented limit of a query parameter is the server's: a value past it is a 400 naming the parameter.</summary>
    [Fact]
    public async Task Documented_query_parameters_are_the_ones_the_server_checks()
    {
        var paths = JsonNode.Parse(await DocumentAsync())!["paths"]!.AsObject();
        var client = app.Client();
        var checkedCount = 0;
        foreach (var (path, item) in paths.Where(p => !p.Key.Contains('{')))
        {
            if (item!["get"] is not { } operation) continue;
            var parameters = operation["parameters"]?.AsArray().Where(p => (string?)p!["in"] == "query").ToList() ?? [];
            var required = parameters.Where(p => (bool?)p!["required"] == true).Select(p => (string)p!["name"]!).ToList();
            var valid = string.Concat(required.Select(n => $"&{n}=anora"));
            foreach (var parameter in parameters)
            {
                var name = (string)parameter!["name"]!;
                var schema = parameter["schema"]!;
                var wrong = schema["maximum"] is { } max ? ((long)max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : schema["enum"] is not null ? "not-one-of-them"
                    : (string?)schema["format"] == "date" ? "22/11/2026"
                    : schema["maxLength"] is { } length ? new string('x', (int)length + 1)
                    : null;
                if (wrong is null) continue;
                var url = $"{path}?{name}={Uri.EscapeDataString(wrong)}{valid}";
                var response = await client.GetAsync(url, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
                Assert.NotNull((await response.ReadNodeAsync())["errors"]![name]);
                checkedCount++;
            }
            foreach (var name in required)
            {
                var response = await client.GetAsync(path, Ct);
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.NotNull((await response.ReadNodeAsync())["errors"]![name]);
            }
        }
        Assert.True(checkedCount >= 15, $"only {checkedCount} parameters were checked");
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marquee.Web.Api;

/// <summary>Reads a JSON request body strictly: unknown fields, wrong types and bodies over 1 MB are errors that name the field.</summary>
internal static class ApiJson
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new StorableStringConverter());
        return options;
    }

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentLength > MaxBodyBytes) return (null, TooLarge());
        if (!request.HasJsonContentType())
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json."));

        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes) return (null, TooLarge());
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        if (buffer.Length == 0) return (null, Problems.Invalid("body", "The request body is empty; send a JSON object."));
        buffer.Position = 0;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(buffer, Options);
            return value is null ? (null, Problems.Invalid("body", "Send a JSON object, not null.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid(FieldOf(e), Describe(e)));
        }
    }

    private static IResult TooLarge() =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {MaxBodyBytes / 1024} KB.");

    // "$.countries[0]" → "countries[0]"; an unknown member's name is only in the message.
    private static string FieldOf(JsonException e)
    {
        var path = e.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = e.Message.IndexOf('\'', StringComparison.Ordinal);
            var end = start >= 0 ? e.Message.IndexOf('\'', start + 1) : -1;
            if (end > start) return e.Message[(start + 1)..end];
        }
        return path ?? "body";
    }

    private static string Describe(JsonException e) =>
        e is UnstorableTextException ? e.Message
        : e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This field is not known; check its spelling."
        : e.Path is { Length: > 2 } ? "This value has the wrong type or format."
        : "The body is not valid JSON.";
}

/// <summary>Reads every JSON string through <see cref="StorableText"/>, so a NUL in any field is a 400 naming it.</summary>
internal sealed class StorableStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? text) =>
        text is not null && Marquee.Core.Common.StorableText.Refusal(text) is { } refusal ? throw new UnstorableTextException(refusal) : text;
}

/// <summary>A JSON string that no field may hold; its message is meant for the client.</summary>
internal sealed class UnstorableTextException(string message) : JsonException(message);

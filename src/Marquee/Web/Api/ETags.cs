using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Marquee.Web.Api;

/// <summary>ETags are the entity's concurrency version: "\"7\"". If-Match with another version gets 412.</summary>
internal static class ETags
{
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);

    /// <summary>The version the client expects, from If-Match; null when absent or "*".</summary>
    public static (long? Version, IResult? Error) Expected(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return (null, null);
        if (EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag)
            && long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return (version, null);
        }
        // An ETag we never issued cannot match the current version.
        return (null, Problems.Status(StatusCodes.Status412PreconditionFailed, "The If-Match header does not match the current ETag."));
    }

    /// <summary>A tag for one representation of a version, e.g. the spoiler-shielded one: never accepted by If-Match.</summary>
    public static string For(long version, string? variant) =>
        variant is null ? For(version) : $"\"{version.ToString(CultureInfo.InvariantCulture)}-{variant}\"";

    public static bool NotModified(HttpRequest request, long version) => NotModified(request, For(version));

    public static bool NotModified(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.ToString().Split(',').Select(t => t.Trim()).Contains(etag);
}

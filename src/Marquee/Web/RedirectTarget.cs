using Marquee.Core.Common;

namespace Marquee.Web;

/// <summary>Where a "return to" address may send a reader: a path on this site, written as a Location header can carry it.</summary>
internal static class RedirectTarget
{
    private const int MaxLength = 2048;
    private static readonly Uri Site = new("http://site.invalid");

    /// <summary>
    /// The address when it is a local path, else <paramref name="fallback"/>. Text no field may hold (<see cref="StorableText"/>) and
    /// backslashes are refused (browsers read "/\evil" as another host); letters beyond ASCII are percent-encoded as a browser
    /// would, since a header carries ASCII only.
    /// </summary>
    public static string LocalOr(string? url, string fallback = "/")
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)) return fallback;
        if (url.Contains('\\', StringComparison.Ordinal) || StorableText.Problem(url, multiLine: false) is not null) return fallback;
        return Uri.TryCreate(Site, url, out var uri) && uri.Host == Site.Host ? uri.PathAndQuery + uri.Fragment : fallback;
    }
}

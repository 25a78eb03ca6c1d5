using Marquee.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Marquee.Web;

namespace Marquee.Features.Showtimes;

/// <summary>The reader's country for release lines: their setting (a cookie), else the region of their Accept-Language, else the site default.</summary>
public sealed class ReaderCountry(IOptions<SiteOptions> site)
{
    public const string CookieName = "marquee-country";

    public string Of(HttpRequest request) => Chosen(request) ?? FromLanguages(request) ?? site.Value.DefaultCountry;

    /// <summary>The country the reader set, if any.</summary>
    public static string? Chosen(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var code) && Countries.IsValid(code) ? code : null;

    /// <summary>The first language range with a valid region, by quality: "en-GB,en;q=0.8" → GB.</summary>
    public static string? FromLanguages(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages)) return null;
        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var parts = language.Value.ToString().Split('-', '_');
            if (parts.Length < 2) continue;
            var region = parts[^1].ToUpperInvariant();
            if (Countries.IsValid(region)) return region;
        }
        return null;
    }
}

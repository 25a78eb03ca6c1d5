using Microsoft.Extensions.Options;

namespace Marquee.Web;

/// <summary>Absolute addresses for metadata (JSON-LD, Open Graph, feeds).</summary>
public sealed class SiteUrls(IOptions<SiteOptions> site, IHttpContextAccessor http)
{
    public string Absolute(string path)
    {
        var configured = site.Value.PublicUrl?.TrimEnd('/');
        if (!string.IsNullOrEmpty(configured)) return configured + path;
        var request = http.HttpContext?.Request;
        return request is null ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}

namespace Marquee.Web;

/// <summary>How the site presents itself; bound from the "Site" section (MARQUEE_SITE__NAME…).</summary>
public sealed class SiteOptions
{
    public string Name { get; set; } = "Marquee";

    /// <summary>The country whose releases the info card names when the reader has not chosen one (ISO 3166-1).</summary>
    public string DefaultCountry { get; set; } = "US";

    /// <summary>The public address, for absolute links in metadata; the request's own host when empty.</summary>
    public string? PublicUrl { get; set; }
}

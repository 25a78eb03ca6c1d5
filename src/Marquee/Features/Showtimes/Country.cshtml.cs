using Marquee.Core.Common;
using Marquee.Web;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Showtimes;

/// <summary>/settings/country: the reader picks the country whose releases and showtimes they see; kept in a cookie for a year.</summary>
public sealed class CountryModel(ReaderCountry readerCountry) : PageModel
{
    /// <summary>The countries offered: the demo cities' and the biggest film markets; any valid code posted is accepted.</summary>
    public static readonly IReadOnlyList<string> Offered = ["US", "GB", "CA", "AU", "IE", "NZ", "FR", "DE", "ES", "IT", "JP", "KR", "IN", "BR", "MX"];

    public string Current { get; private set; } = "";
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => Current = readerCountry.Of(Request);

    public IActionResult OnPost(string? country)
    {
        var code = country?.Trim().ToUpperInvariant();
        if (!Countries.IsValid(code))
        {
            Current = readerCountry.Of(Request);
            Error = "Choose a country from the list.";
            return Page();
        }
        Response.Cookies.Append(ReaderCountry.CookieName, code!, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true,
        });
        return LocalRedirect(RedirectTarget.LocalOr(ReturnUrl));
    }
}

using Marquee.Core.Common;
using Marquee.Core.Reviews;
using Marquee.Core.Text;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>
/// The reader's spoiler shield: on by default; "off" for every film is one cookie, "I've seen it" for one film is a
/// list of film slugs in another. Anonymous readers keep their choice in these cookies.
/// </summary>
public static class SpoilerShield
{
    public const string OffCookie = "mq_spoilers";
    public const string SeenCookie = "mq_seen";
    private const int MaxSeen = 60;

    /// <summary>
    /// What of a review's body this reader gets: the one decision the review page and the API share. A reader who
    /// asked to reveal (or who may edit it) gets it whole; behind the shield, a full-spoiler review is withheld and any
    /// other loses its spoiler blocks.
    /// </summary>
    public static ReviewBodyView BodyView(HttpRequest request, string filmSlug, SpoilerLevel level, bool revealed) =>
        revealed || !IsOn(request, filmSlug) ? ReviewBodyView.Whole
        : level == SpoilerLevel.Full ? ReviewBodyView.Withheld
        : ReviewBodyView.SpoilersShielded;

    public static bool IsOn(HttpRequest request, string filmSlug) => !IsOffEverywhere(request) && !Seen(request).Contains(filmSlug);

    public static bool IsOffEverywhere(HttpRequest request) => request.Cookies[OffCookie] == "off";

    /// <summary>The shield as search needs it: reviews' spoiler text is searched only where the shield is down.</summary>
    public static Data.Search.ReviewShield ForSearch(HttpRequest request) => new(IsOffEverywhere(request), Seen(request));

    public static bool HasSeen(HttpRequest request, string filmSlug) => Seen(request).Contains(filmSlug);

    public static void TurnOff(HttpResponse response) => response.Cookies.Append(OffCookie, "off", Options());

    public static void TurnOn(HttpRequest request, HttpResponse response)
    {
        response.Cookies.Delete(OffCookie);
        response.Cookies.Delete(SeenCookie);
    }

    public static void MarkSeen(HttpRequest request, HttpResponse response, string filmSlug)
    {
        var seen = Seen(request).Where(s => s != filmSlug).Prepend(filmSlug).Take(MaxSeen);
        response.Cookies.Append(SeenCookie, string.Join('.', seen), Options());
    }

    public static void Forget(HttpRequest request, HttpResponse response, string filmSlug) =>
        response.Cookies.Append(SeenCookie, string.Join('.', Seen(request).Where(s => s != filmSlug)), Options());

    private static List<string> Seen(HttpRequest request) =>
        [.. (request.Cookies[SeenCookie] ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries).Where(Slug.IsValid).Take(MaxSeen)];

    private static CookieOptions Options() => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(365),
        Path = "/",
    };
}

/// <summary>How much of a review's body a reader is shown; see <see cref="SpoilerShield.BodyView"/>.</summary>
public enum ReviewBodyView
{
    Whole,
    SpoilersShielded,
    Withheld,
}

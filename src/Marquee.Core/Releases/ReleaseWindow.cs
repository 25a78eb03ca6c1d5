using System.Globalization;
using Marquee.Core.Films;

namespace Marquee.Core.Releases;

/// <summary>Where a film is in its release in one country, in the order a release usually runs.</summary>
public enum ReleaseStage
{
    Announced,
    Premiered,
    Limited,
    Wide,
    Digital,
    Physical,
}

/// <summary>
/// A film's release window in one country on one day: the stage it has reached, the release that put it there,
/// whether it is in cinemas now, and the next dated release.
/// </summary>
public sealed record ReleaseWindow(ReleaseStage Stage, ReleaseFact? Current, bool InTheaters, ReleaseFact? Next)
{
    /// <summary>How long a theatrical run counts as open without screenings on record.</summary>
    public const int TheatricalRunDays = 90;

    /// <summary>
    /// Derives the window from the release dates. The latest release that has begun wins, so a limited re-release
    /// after a digital one puts the film back in theaters. TV airings do not move the window.
    /// </summary>
    public static ReleaseWindow For(IEnumerable<ReleaseFact> releases, string country, DateOnly today, bool hasScreenings = false)
    {
        var all = releases.ToList();
        var local = all.Where(r => r.Country == country && r.Type is not (ReleaseType.Tv or ReleaseType.Premiere)).ToList();
        var current = local.Where(r => r.Date <= today).OrderBy(r => r.Date).ThenBy(r => StageOf(r.Type)).LastOrDefault();
        var next = local.Where(r => r.Date > today).OrderBy(r => r.Date).ThenBy(r => StageOf(r.Type)).FirstOrDefault();
        if (current is null)
        {
            var premiered = all.Any(r => r.Type == ReleaseType.Premiere && r.Date <= today);
            return new ReleaseWindow(premiered ? ReleaseStage.Premiered : ReleaseStage.Announced, null, false, next);
        }
        var theatrical = current.Type is ReleaseType.Limited or ReleaseType.Theatrical;
        var inTheaters = theatrical && (hasScreenings || today.DayNumber - current.Date.DayNumber <= TheatricalRunDays);
        if (theatrical && !inTheaters)
        {
            // A run that has closed (a re-release, say) hands the film back to the home release that came before it.
            var home = local.Where(r => r.Date <= today && r.Type is ReleaseType.Digital or ReleaseType.Physical)
                .OrderBy(r => r.Date).ThenBy(r => StageOf(r.Type)).LastOrDefault();
            if (home is not null) return new ReleaseWindow(StageOf(home.Type), home, false, next);
        }
        return new ReleaseWindow(StageOf(current.Type), current, inTheaters, next);
    }

    /// <summary>The one line a reader sees about where to watch the film ("In select theaters now", "Streaming now"), or null when there is nothing current or coming to say.</summary>
    public string? Line(DateOnly today)
    {
        switch (Current?.Type)
        {
            case ReleaseType.Limited when InTheaters: return "In select theaters now";
            case ReleaseType.Theatrical when InTheaters: return "In theaters now";
            case ReleaseType.Digital: return "Streaming now";
            case ReleaseType.Physical: return "Now on Blu-ray";
        }
        if (Next is not { } next) return null;
        var when = next.Date.Year == today.Year ? next.Date.ToString("MMMM d", English) : next.Date.ToString("MMMM d, yyyy", English);
        return next.Type switch
        {
            ReleaseType.Limited => $"In select theaters {when}",
            ReleaseType.Theatrical => $"In theaters {when}",
            ReleaseType.Digital => $"Streaming {when}",
            ReleaseType.Physical => $"On Blu-ray {when}",
            _ => null,
        };
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static ReleaseStage StageOf(ReleaseType type) => type switch
    {
        ReleaseType.Premiere => ReleaseStage.Premiered,
        ReleaseType.Limited => ReleaseStage.Limited,
        ReleaseType.Theatrical => ReleaseStage.Wide,
        ReleaseType.Digital => ReleaseStage.Digital,
        ReleaseType.Physical => ReleaseStage.Physical,
        _ => ReleaseStage.Announced,
    };
}

using System.Globalization;
using Marquee.Core.Films;

namespace Marquee.Core.Showtimes;

/// <summary>The one line a reader sees about where to watch a film: "In select theaters now", "Streaming now".</summary>
public static class ReleaseLine
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The line for the window, or null when there is nothing current or coming to say.</summary>
    public static string? For(ReleaseWindow window, DateOnly today)
    {
        switch (window.Current?.Type)
        {
            case ReleaseType.Limited when window.InTheaters: return "In select theaters now";
            case ReleaseType.Theatrical when window.InTheaters: return "In theaters now";
            case ReleaseType.Digital: return "Streaming now";
            case ReleaseType.Physical: return "Now on Blu-ray";
        }
        if (window.Next is not { } next) return null;
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

    /// <summary>Whether the line is about being in cinemas now, so a link to showtimes belongs beside it.</summary>
    public static bool OffersShowtimes(ReleaseWindow window) => window.InTheaters;
}

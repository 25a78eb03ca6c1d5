using Marquee.Core.Films;

namespace Marquee.Core.Releases;

/// <summary>
/// What a reader in one country is told about a film's release on one day: the release the info card dates it by,
/// the one line about where to watch it, and whether a link to showtimes belongs beside that line.
/// </summary>
public sealed record ReleaseStatus(string Country, ReleaseFact? Primary, string? Line, bool LinkToShowtimes)
{
    public static ReleaseStatus For(IReadOnlyList<ReleaseFact> releases, string country, DateOnly today, bool hasScreenings)
    {
        var window = ReleaseWindow.For(releases, country, today, hasScreenings);
        return new ReleaseStatus(country, PrimaryOf(releases, country), window.Line(today), hasScreenings && window.InTheaters);
    }

    /// <summary>The release the info card names: the reader's country first, a cinema release over a festival premiere.</summary>
    public static ReleaseFact? PrimaryOf(IReadOnlyList<ReleaseFact> releases, string country)
    {
        if (releases.Count == 0) return null;
        return FirstPublic(releases.Where(r => r.Country == country))
            ?? FirstPublic(releases)
            ?? releases.OrderBy(r => r.Date).First();
    }

    // The first release a paying audience could see: limited or theatrical, then digital, physical or TV.
    private static ReleaseFact? FirstPublic(IEnumerable<ReleaseFact> releases) =>
        releases.Where(r => r.Type is ReleaseType.Limited or ReleaseType.Theatrical).OrderBy(r => r.Date).FirstOrDefault()
        ?? releases.Where(r => r.Type != ReleaseType.Premiere).OrderBy(r => r.Date).FirstOrDefault();
}

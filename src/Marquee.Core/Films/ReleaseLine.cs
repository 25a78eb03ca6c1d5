namespace Marquee.Core.Films;

/// <summary>A release as the info card needs it.</summary>
public sealed record ReleaseFact(string Country, ReleaseType Type, DateOnly Date, string? Note);

/// <summary>Chooses the release the info card names: the reader's country first, a cinema release over a festival premiere.</summary>
public static class PrimaryRelease
{
    public static ReleaseFact? Pick(IEnumerable<ReleaseFact> releases, string country)
    {
        var all = releases.ToList();
        if (all.Count == 0) return null;
        return FirstPublic(all.Where(r => r.Country == country))
            ?? FirstPublic(all)
            ?? all.OrderBy(r => r.Date).First();
    }

    // The first release a paying audience could see: limited or theatrical, then digital, physical or TV.
    private static ReleaseFact? FirstPublic(IEnumerable<ReleaseFact> releases) =>
        releases.Where(r => r.Type is ReleaseType.Limited or ReleaseType.Theatrical).OrderBy(r => r.Date).FirstOrDefault()
        ?? releases.Where(r => r.Type != ReleaseType.Premiere).OrderBy(r => r.Date).FirstOrDefault();
}

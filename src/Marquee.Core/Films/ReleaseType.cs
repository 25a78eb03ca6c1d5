namespace Marquee.Core.Films;

/// <summary>TMDB's six release types, numbered as TMDB numbers them.</summary>
public enum ReleaseType
{
    Premiere = 1,
    Limited = 2,
    Theatrical = 3,
    Digital = 4,
    Physical = 5,
    Tv = 6,
}

public static class ReleaseTypes
{
    /// <summary>The names the API and the demo data use, in TMDB order.</summary>
    public static readonly IReadOnlyList<string> Names = ["premiere", "limited", "theatrical", "digital", "physical", "tv"];

    public static bool TryParse(string? name, out ReleaseType type)
    {
        var index = name is null ? -1 : Names.ToList().IndexOf(name.Trim().ToLowerInvariant());
        type = index >= 0 ? (ReleaseType)(index + 1) : default;
        return index >= 0;
    }

    public static string ToName(this ReleaseType type) => Names[(int)type - 1];

    /// <summary>How a reader sees the type: "Limited release".</summary>
    public static string ToLabel(this ReleaseType type) => type switch
    {
        ReleaseType.Premiere => "Premiere",
        ReleaseType.Limited => "Limited release",
        ReleaseType.Theatrical => "Theatrical release",
        ReleaseType.Digital => "Digital release",
        ReleaseType.Physical => "Physical release",
        ReleaseType.Tv => "TV premiere",
        _ => type.ToString(),
    };
}

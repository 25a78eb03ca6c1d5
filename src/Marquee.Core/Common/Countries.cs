using System.Globalization;

namespace Marquee.Core.Common;

/// <summary>ISO 3166-1 alpha-2 country codes, plus the historical codes film data still uses (SU, YU, DD, CS).</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Historical = new(StringComparer.Ordinal)
    {
        ["SU"] = "Soviet Union",
        ["YU"] = "Yugoslavia",
        ["DD"] = "East Germany",
        ["CS"] = "Czechoslovakia",
    };

    // RegionInfo asks ICU each time; names never change, so remember them.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Names = new(StringComparer.Ordinal);

    public static bool IsValid(string? code) => code is { Length: 2 } && NameOf(code) is not null;

    /// <summary>The English name ("United States"), or null for an unknown code.</summary>
    public static string? NameOf(string code) =>
        code.Length == 2 && code.All(char.IsAsciiLetterUpper) ? Names.GetOrAdd(code, Lookup) : null;

    private static string? Lookup(string code)
    {
        if (Historical.TryGetValue(code, out var old)) return old;
        try
        {
            var region = new RegionInfo(code);
            return region.TwoLetterISORegionName == code ? region.EnglishName : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

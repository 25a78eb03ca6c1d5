namespace Marquee.Core.Showtimes;

/// <summary>How a screening is projected; shown as a badge.</summary>
public enum ScreeningFormat
{
    TwoD = 1,
    ThreeD = 2,
    Imax = 3,
    Seventy = 4,
    ThirtyFive = 5,
    Dolby = 6,
}

public static class ScreeningFormats
{
    /// <summary>The names feeds, the API and badges use, in enum order.</summary>
    public static readonly IReadOnlyList<string> Names = ["2D", "3D", "IMAX", "70mm", "35mm", "Dolby"];

    public static bool TryParse(string? name, out ScreeningFormat format)
    {
        var trimmed = name?.Trim();
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                format = (ScreeningFormat)(i + 1);
                return true;
            }
        }
        format = default;
        return false;
    }

    public static string ToName(this ScreeningFormat format) => Names[(int)format - 1];
}

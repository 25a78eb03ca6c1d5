using System.Globalization;

namespace Marquee.Core.Common;

/// <summary>ISO 639-1 language codes ("en", "ru"), checked against the cultures the runtime knows.</summary>
public static class Languages
{
    private static readonly HashSet<string> Known = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.TwoLetterISOLanguageName)
        .Where(n => n.Length == 2)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsValid(string? code) => code is { Length: 2 } && Known.Contains(code);

    public static string NameOf(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marquee.Core.Common;

/// <summary>URL slugs: lowercase ASCII words joined by hyphens ("anora-2024").</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && ValidPattern().IsMatch(slug);

    /// <summary>Makes a slug from any text; letters outside ASCII lose their accents ("Zoë" → "zoe").</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(lower);
            }
            else if (lower is 'ß') { sb.Append("ss"); }
            else if (lower is 'æ') { sb.Append("ae"); }
            else if (lower is 'ø') { sb.Append('o'); }
            else if (lower is 'ł') { sb.Append('l'); }
            else if (lower != '\'' && lower != '’')
            {
                pendingHyphen = true;
            }
        }
        var slug = sb.ToString();
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}

using System.Globalization;
using System.Text;

namespace Marquee.Core.Names;

/// <summary>Case and diacritic folding for comparing names: "Zoë" and "ZOE" both become "zoe".</summary>
public static class NameText
{
    /// <summary>Lower-case ASCII letters, digits and single spaces; other scripts go through <paramref name="toLatin"/>.</summary>
    public static string Fold(string text, Func<string, string>? toLatin = null)
    {
        var latin = LatinTransliteration.ToLatin(text, toLatin);
        var decomposed = latin.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(ch);
            switch (c)
            {
                case >= 'a' and <= 'z' or >= '0' and <= '9': sb.Append(c); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'ø': sb.Append('o'); break;
                case 'ł': sb.Append('l'); break;
                case 'đ' or 'ð': sb.Append('d'); break;
                case 'þ': sb.Append("th"); break;
                case 'ı': sb.Append('i'); break;
                // Apostrophes join ("O’Byrne" = "OByrne"); other punctuation separates words.
                case '\'' or '’' or '‘' or '`' or 'ʼ': break;
                default:
                    if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    break;
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>Folded words of a name: "Jean-Luc Godard" → ["jean", "luc", "godard"].</summary>
    public static string[] Words(string text, Func<string, string>? toLatin = null) =>
        Fold(text, toLatin).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Case- and diacritic-insensitive equality, used for comparing extracted pairs with gold ones.</summary>
    public static bool SameText(string? a, string? b) =>
        a is not null && b is not null && Fold(a) == Fold(b);
}

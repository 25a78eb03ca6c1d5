using System.Globalization;
using System.Text;

namespace Marquee.Core.Common;

/// <summary>
/// Folds Latin text to lowercase ASCII words for comparing names and titles: "Zoë  O’Brien" → "zoe obrien".
/// Accents drop, ligatures and special letters spell out (ß → ss), apostrophes and soft/hard-sign marks join,
/// any other character separates words. Other scripts must be transliterated to Latin first.
/// </summary>
public static class AsciiFold
{
    public static string Words(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
                // "O’Byrne" = "OByrne"; the soft and hard signs of transliterated Russian vanish.
                case '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʹ' or 'ʺ': break;
                default:
                    if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    break;
            }
        }
        return sb.ToString().TrimEnd();
    }
}

using System.Text;
using Marquee.Core.Text;

namespace Marquee.Core.Names;

/// <summary>
/// Collapses the Latin spellings one Cyrillic name gets (y/i/j, ks/x, sh/sch, ey/ei, -iy/-y/-i, e/ye, kh/h,
/// doubled letters) into one key: "Aleksei" and "Alexey" → "alexei"; "Eydelshteyn" and "Eidelstein" → "eidelstein".
/// Search keys start from this key and only merge further (<see cref="Search.SearchKey.Collapse"/>), so what links as
/// one name is found as one; the spelling each pair collapses to here (x, sh, h, f…) is the one search keeps.
/// </summary>
public static class TransliterationKey
{
    private static readonly (string From, string To)[] Rewrites =
    [
        ("shch", "sh"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("sht", "st"),
        ("x", "ks"), ("ck", "k"), ("ph", "f"), ("kh", "h"), ("w", "v"), ("tz", "ts"), ("ou", "u"),
    ];

    /// <summary>The key of one folded word (see <see cref="TextFold.Words"/>).</summary>
    public static string Of(string foldedWord)
    {
        if (foldedWord.Length == 0) return foldedWord;
        var s = foldedWord;
        if (s.StartsWith("ye", StringComparison.Ordinal)) s = s[1..];          // Yelena = Elena
        foreach (var (from, to) in Rewrites) s = s.Replace(from, to, StringComparison.Ordinal);

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (i == 0 && c is 'y' or 'i' && IsVowel(next)) c = 'y';          // Iakov = Yakov
            else if (i > 0 && c is 'y' or 'j') c = 'i';                        // Sergej = Sergey = Sergei
            sb.Append(c);
        }

        // i between vowels is a glide that some spellings drop: Sergeyev = Sergeev.
        for (var i = sb.Length - 2; i > 0; i--)
            if (sb[i] == 'i' && IsVowel(sb[i - 1]) && IsVowel(sb[i + 1]) && sb[i + 1] != 'i') sb.Remove(i, 1);

        for (var i = sb.Length - 1; i > 0; i--)
            if (sb[i] == sb[i - 1]) sb.Remove(i, 1);                           // Yuriy → yurii → yuri
        // x is spelled ks above so "Alexxander" and "Alekssandr" lose their doubled letter like any other; the key
        // then writes ks as one letter, x, so a half-typed "Alek" is not the start of "Alex" in search.
        return sb.ToString().Replace("ks", "x", StringComparison.Ordinal);
    }

    /// <summary>Keys for every word of a name, joined by spaces.</summary>
    public static string OfName(string name) => string.Join(' ', TextFold.WordList(name).Select(Of));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}

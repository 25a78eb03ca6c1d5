using Marquee.Core.Text;
using System.Text;

namespace Marquee.Core.Names;

/// <summary>
/// A Daitch–Mokotoff Soundex key (six digits), first alternative only: names that sound alike across
/// Slavic, Germanic and Yiddish spellings share a key ("Keifer" = "Kiefer", "Eidelstein" = "Eydelshteyn").
/// </summary>
public static class DaitchMokotoff
{
    // Sequence → codes at the start of a word, before a vowel, elsewhere ("" = not coded).
    private static readonly (string Seq, string Start, string Vowel, string Other)[] Rules =
    [
        ("schtsch", "2", "4", "4"), ("schtsh", "2", "4", "4"), ("schtch", "2", "4", "4"),
        ("shtch", "2", "4", "4"), ("shtsh", "2", "4", "4"), ("stsch", "2", "4", "4"), ("ttsch", "4", "4", "4"),
        ("zhdzh", "2", "4", "4"), ("shch", "2", "4", "4"), ("scht", "2", "43", "43"), ("schd", "2", "43", "43"),
        ("stch", "2", "4", "4"), ("strz", "2", "4", "4"), ("strs", "2", "4", "4"), ("stsh", "2", "4", "4"),
        ("szcz", "2", "4", "4"), ("szcs", "2", "4", "4"), ("ttch", "4", "4", "4"), ("tsch", "4", "4", "4"),
        ("ttsz", "4", "4", "4"), ("zdzh", "2", "4", "4"), ("zsch", "4", "4", "4"),
        ("chs", "5", "54", "54"), ("csz", "4", "4", "4"), ("czs", "4", "4", "4"), ("drz", "4", "4", "4"),
        ("drs", "4", "4", "4"), ("dsh", "4", "4", "4"), ("dsz", "4", "4", "4"), ("dzh", "4", "4", "4"),
        ("dzs", "4", "4", "4"), ("sch", "4", "4", "4"), ("sht", "2", "43", "43"), ("szt", "2", "43", "43"),
        ("shd", "2", "43", "43"), ("szd", "2", "43", "43"), ("tch", "4", "4", "4"), ("trz", "4", "4", "4"),
        ("trs", "4", "4", "4"), ("tsh", "4", "4", "4"), ("tts", "4", "4", "4"), ("ttz", "4", "4", "4"),
        ("tzs", "4", "4", "4"), ("tsz", "4", "4", "4"), ("zdz", "2", "4", "4"), ("zhd", "2", "43", "43"),
        ("zsh", "4", "4", "4"),
        ("ai", "0", "1", ""), ("aj", "0", "1", ""), ("ay", "0", "1", ""), ("au", "0", "7", ""),
        ("ch", "5", "5", "5"), ("ck", "5", "5", "5"), ("cz", "4", "4", "4"), ("cs", "4", "4", "4"),
        ("ds", "4", "4", "4"), ("dz", "4", "4", "4"), ("dt", "3", "3", "3"),
        ("ei", "0", "1", ""), ("ej", "0", "1", ""), ("ey", "0", "1", ""), ("eu", "1", "1", ""),
        ("fb", "7", "7", "7"), ("ia", "1", "", ""), ("ie", "1", "", ""), ("io", "1", "", ""), ("iu", "1", "", ""),
        ("ks", "5", "54", "54"), ("kh", "5", "5", "5"), ("mn", "66", "66", "66"), ("nm", "66", "66", "66"),
        ("oi", "0", "1", ""), ("oj", "0", "1", ""), ("oy", "0", "1", ""), ("pf", "7", "7", "7"), ("ph", "7", "7", "7"),
        ("rz", "94", "94", "94"), ("rs", "94", "94", "94"), ("sh", "4", "4", "4"), ("sc", "2", "4", "4"),
        ("st", "2", "43", "43"), ("sz", "4", "4", "4"), ("sd", "2", "43", "43"), ("th", "3", "3", "3"),
        ("ts", "4", "4", "4"), ("tc", "4", "4", "4"), ("tz", "4", "4", "4"),
        ("ui", "0", "1", ""), ("uj", "0", "1", ""), ("uy", "0", "1", ""), ("ue", "0", "", ""),
        ("zh", "4", "4", "4"), ("zs", "4", "4", "4"), ("zd", "2", "43", "43"),
        ("a", "0", "", ""), ("b", "7", "7", "7"), ("c", "5", "5", "5"), ("d", "3", "3", "3"), ("e", "0", "", ""),
        ("f", "7", "7", "7"), ("g", "5", "5", "5"), ("h", "5", "5", ""), ("i", "0", "", ""), ("j", "1", "1", "1"),
        ("k", "5", "5", "5"), ("l", "8", "8", "8"), ("m", "6", "6", "6"), ("n", "6", "6", "6"), ("o", "0", "", ""),
        ("p", "7", "7", "7"), ("q", "5", "5", "5"), ("r", "9", "9", "9"), ("s", "4", "4", "4"), ("t", "3", "3", "3"),
        ("u", "0", "", ""), ("v", "7", "7", "7"), ("w", "7", "7", "7"), ("x", "5", "54", "54"), ("y", "1", "", ""),
        ("z", "4", "4", "4"),
    ];

    /// <summary>The six-digit key of one word; folded to ASCII first.</summary>
    public static string Encode(string word)
    {
        var s = TextFold.Words(word).Replace(" ", "", StringComparison.Ordinal);
        var sb = new StringBuilder(6);
        var last = "";
        var i = 0;
        while (i < s.Length && sb.Length < 6)
        {
            var rule = Rules.FirstOrDefault(r => string.CompareOrdinal(s, i, r.Seq, 0, r.Seq.Length) == 0);
            if (rule.Seq is null) { i++; last = ""; continue; }
            var after = i + rule.Seq.Length;
            var code = i == 0 ? rule.Start : after < s.Length && IsVowel(s[after]) ? rule.Vowel : rule.Other;
            if (code.Length > 0 && code != last) sb.Append(code);
            last = code;
            i = after;
        }
        var key = sb.ToString();
        return key.Length >= 6 ? key[..6] : key.PadRight(6, '0');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

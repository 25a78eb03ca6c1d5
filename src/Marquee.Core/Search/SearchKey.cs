using System.Text;

namespace Marquee.Core.Search;

/// <summary>
/// The normalised form a name or title is indexed and searched by: lowercase ASCII words with the usual
/// Latin transliteration variants collapsed, so "Aleksei"/"Aleksey" and "Eidelstein"/"Eydelshteyn" meet.
/// Pure: the caller transliterates other scripts to Latin first (the data layer uses AnyAscii).
/// </summary>
public static class SearchKey
{
    /// <summary>The key of a text: its words, each folded and collapsed, joined by single spaces.</summary>
    public static string From(string text, Func<string, string>? toLatin = null) => string.Join(' ', Words(text, toLatin));

    /// <summary>The key's words, in order.</summary>
    public static IReadOnlyList<string> Words(string text, Func<string, string>? toLatin = null)
    {
        var folded = Fold(toLatin is null ? text : toLatin(text));
        var words = new List<string>();
        foreach (var raw in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Collapse(raw);
            if (word.Length > 0) words.Add(word);
        }
        return words;
    }

    /// <summary>Lowercase ASCII words; accents dropped ("Zoë" → "zoe"); apostrophes joined; anything else separates.</summary>
    public static string Fold(string text) => Common.AsciiFold.Words(text);

    // Ordered: longer spellings first so "shch" is not half-eaten by "sh".
    private static readonly (string From, string To)[] Variants =
    [
        ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "j"),
        ("kh", "h"), ("ph", "f"), ("ck", "k"), ("ks", "x"), ("cs", "x"), ("ts", "c"), ("tz", "c"),
        ("w", "v"), ("q", "k"), ("y", "i"), ("j", "i"), ("ou", "u"),
    ];

    /// <summary>
    /// Collapses one folded word: first the rules by which the person linker tells one Cyrillic name's spellings
    /// apart from another name (<see cref="Names.TransliterationKey"/>: Yelena/Elena, Sergeyev/Sergeev), so search
    /// finds every spelling the linker calls the same; then coarser variants only search can afford (y/i/j, ks/x,
    /// sh/s, ch/c…) and doubled letters: "eydelshteyn" and "eidelstein" are both "eidelstein", "yuriy" and "yuri" both "iuri".
    /// </summary>
    public static string Collapse(string word)
    {
        if (word.Length == 0 || word.All(char.IsAsciiDigit)) return word;
        var s = Names.TransliterationKey.Of(word);
        foreach (var (from, to) in Variants) s = s.Replace(from, to, StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

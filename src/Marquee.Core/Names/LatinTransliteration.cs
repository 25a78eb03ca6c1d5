using System.Text;

namespace Marquee.Core.Names;

/// <summary>
/// Cyrillic and Greek to Latin by table, so Core can compare "Юрий Борисов" with "Yuriy Borisov" without packages.
/// Other scripts go through a transliterator the caller supplies (the importer passes AnyAscii).
/// </summary>
public static class LatinTransliteration
{
    private static readonly Dictionary<char, string> Table = Build();

    public static string ToLatin(string text, Func<string, string>? fallback = null)
    {
        var needsFallback = false;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            var lower = char.ToLowerInvariant(ch);
            if (Table.TryGetValue(lower, out var latin))
            {
                sb.Append(ch != lower && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
            }
            else
            {
                if (ch > '\u024F' && char.IsLetter(ch)) needsFallback = true;
                sb.Append(ch);
            }
        }
        var result = sb.ToString();
        return needsFallback && fallback is not null ? fallback(result) : result;
    }

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        void Add(string from, string[] to)
        {
            for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
        }
        Add("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґў",
            ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
             "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g", "u"]);
        Add("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
            ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
             "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]);
        return table;
    }
}

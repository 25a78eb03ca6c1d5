using System.Text;

namespace Marquee.Core.Text;

/// <summary>
/// The one fold for comparing, keying and addressing text: any script to Latin (<see cref="Latin"/>), then lowercase
/// ASCII words: "Zoë  O’Brien" → "zoe obrien", "Œdipe" → "oedipe", "Straße" → "strasse". Apostrophes and the
/// soft and hard signs of transliterated Russian join a word; any other character that is not a letter or digit
/// separates words.
/// </summary>
public static class TextFold
{
    /// <summary>The folded words joined by single spaces ("" when the text has no letters or digits).</summary>
    public static string Words(string text)
    {
        var latin = Latin.From(text);
        var sb = new StringBuilder(latin.Length);
        foreach (var ch in latin)
        {
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (IsApostrophe(c)) continue;
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The folded words: "Jean-Luc Godard" → ["jean", "luc", "godard"].</summary>
    public static string[] WordList(string text) => Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Equal after folding: "Zoë" and "ZOE" (false when either is null).</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Words(a) == Words(b);

    // "O’Byrne" is "OByrne"; Latin.From has already turned ʼ ʹ ʺ and the Cyrillic signs into one of these.
    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or 'ʼ' or 'ʹ' or 'ʺ';
}

using System.Globalization;
using System.Text;
using AnyAscii;

namespace Marquee.Core.Text;

/// <summary>
/// The one way text in any script becomes Latin letters: "Юрий Борисов" → "Yuriy Borisov", "Œdipe" → "OEdipe",
/// "となりのトトロ" → "tonarinototoro". Every fold, name key, search key and slug starts here.
/// </summary>
public static class Latin
{
    // Where AnyAscii flattens a letter that English credits spell with its glide, the credits' spelling wins, so
    // "Пётр" is "Pyotr" and "Семён" is "Semyon" as the films' own credits write them, not "Petr", "Semen".
    private static readonly Dictionary<char, string> CreditSpellings = new()
    {
        ['ё'] = "yo", ['Ё'] = "Yo", ['є'] = "ye", ['Є'] = "Ye", ['ї'] = "yi", ['Ї'] = "Yi",
    };

    public static string From(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CreditSpellings.TryGetValue(c, out var spelled)) sb.Append(spelled);
            // "9½ Weeks": a fraction or a superscript is not spelled out as digits that would join its neighbours.
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber) sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString().Transliterate();
    }
}

namespace Marquee.Core.Names;

/// <summary>Case and diacritic folding for comparing names: "Zoë" and "ZOE" both become "zoe".</summary>
public static class NameText
{
    /// <summary>Lower-case ASCII letters, digits and single spaces; other scripts go through <paramref name="toLatin"/>.</summary>
    public static string Fold(string text, Func<string, string>? toLatin = null) =>
        Common.AsciiFold.Words(LatinTransliteration.ToLatin(text, toLatin));

    /// <summary>Folded words of a name: "Jean-Luc Godard" → ["jean", "luc", "godard"].</summary>
    public static string[] Words(string text, Func<string, string>? toLatin = null) =>
        Fold(text, toLatin).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Case- and diacritic-insensitive equality, used for comparing extracted pairs with gold ones.</summary>
    public static bool SameText(string? a, string? b) =>
        a is not null && b is not null && Fold(a) == Fold(b);
}

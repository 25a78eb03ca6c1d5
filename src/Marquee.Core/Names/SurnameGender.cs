namespace Marquee.Core.Names;

/// <summary>
/// Slavic and Baltic surnames change with gender (Borisov/Borisova, Tolstoy/Tolstaya, Kowalski/Kowalska):
/// two such forms are relatives at most, never one person.
/// </summary>
public static class SurnameGender
{
    private static readonly (string Ending, string Stem)[] Feminine =
        [("skaya", "sk"), ("tskaya", "tsk"), ("ska", "sk"), ("cka", "ck"), ("aya", ""), ("ova", "ov"), ("eva", "ev"), ("yova", "yov"), ("ina", "in"), ("yna", "yn")];

    private static readonly (string Ending, string Stem)[] Masculine =
        [("skiy", "sk"), ("skii", "sk"), ("sky", "sk"), ("ski", "sk"), ("cki", "ck"), ("oy", ""), ("iy", ""), ("yy", ""), ("ii", ""), ("y", ""), ("i", "")];

    /// <summary>True for a folded surname with a feminine ending ("borisova", "tolstaya").</summary>
    public static bool IsFeminine(string surname) => Feminine.Any(f => Ends(surname, f.Ending));

    public static bool AreGenderForms(string a, string b)
    {
        if (IsFeminine(a) == IsFeminine(b)) return false;
        return TransliterationKey.Of(Stem(a)) == TransliterationKey.Of(Stem(b));
    }

    private static string Stem(string surname)
    {
        var rules = IsFeminine(surname) ? Feminine : Masculine;
        foreach (var (ending, stem) in rules.OrderByDescending(r => r.Ending.Length))
            if (Ends(surname, ending)) return surname[..^ending.Length] + stem;
        return surname;
    }

    private static bool Ends(string s, string ending) => s.Length > ending.Length + 1 && s.EndsWith(ending, StringComparison.Ordinal);
}

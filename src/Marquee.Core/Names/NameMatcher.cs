using Marquee.Core.Text;

namespace Marquee.Core.Names;

/// <summary>
/// Says whether two spellings are one person: same after folding, transliteration variants, phonetic equivalents
/// and diminutives of the given name; never across gender forms (Borisov/Borisova), generational suffixes
/// (Jr./Sr./III) or different given names.
/// </summary>
public sealed class NameMatcher
{
    /// <summary>The matcher: names in any script are compared through <see cref="Latin"/>.</summary>
    public static NameMatcher Default { get; } = new();

    public NameMatch Compare(string a, string b)
    {
        var (x, y) = (PersonName.Parse(a), PersonName.Parse(b));
        if (x.IsEmpty || y.IsEmpty) return NameMatch.Different("an empty name");
        if (x.Suffix != y.Suffix) return NameMatch.Different("different generational suffixes (Jr., Sr., III)");
        if (TextFold.Same(a, b))
            return new(NameVerdict.Same, 1, "the same name after case and diacritics");

        var (surnameScore, surnameReason) = CompareSurnames(x.Surname, y.Surname);
        if (surnameScore == 0) return NameMatch.Different(surnameReason);

        if (x.Given is null || y.Given is null)
            return new(NameVerdict.Possible, 0.5 * surnameScore, $"{surnameReason}; one spelling has no given name");
        var (givenScore, givenReason) = CompareGiven(x.Given, y.Given);
        if (givenScore == 0) return NameMatch.Different(givenReason);
        if (!MiddleNamesAgree(x.Middle, y.Middle)) return NameMatch.Different("different middle names");

        var confidence = surnameScore * givenScore;
        var reason = string.Join("; ", new[] { givenReason, surnameReason }.Where(r => r.Length > 0));
        var verdict = givenScore < 0.7 ? NameVerdict.Possible : NameVerdict.Same;
        return new(verdict, Math.Round(confidence, 3), reason.Length == 0 ? "the same name" : reason);
    }

    public bool AreSamePerson(string a, string b) => Compare(a, b).IsSame;

    private static (double, string) CompareSurnames(string a, string b)
    {
        if (a == b) return (1, "");
        if (SurnameGender.AreGenderForms(a, b)) return (0, "male and female forms of a surname are different people");
        if (KeyOf(a) == KeyOf(b)) return (0.97, "surname spelled as another transliteration");
        if (SoundAlike(a, b, 0.8)) return (0.9, "surname spelled differently but sounds the same");
        return (0, "different surnames");
    }

    private static (double, string) CompareGiven(string a, string b)
    {
        if (a == b) return (1, "");
        if (a.Length == 1 || b.Length == 1)
            return a[0] == b[0] ? (0.6, "an initial for the given name") : (0, "different initials");
        if (IsFeminineOf(a, b) || IsFeminineOf(b, a)) return (0, "male and female forms of a given name");
        if (TransliterationKey.Of(a) == TransliterationKey.Of(b)) return (0.97, "given name spelled as another transliteration");
        if (GivenNames.AreEquivalent(a, b)) return (0.93, "a diminutive or another form of the given name");
        if (SoundAlike(a, b, 0.75)) return (0.88, "given name spelled differently but sounds the same");
        return (0, "different given names");
    }

    private static bool MiddleNamesAgree(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        // "Brian F O'Byrne" and "Brian O'Byrne" agree; "Brian F O'Byrne" and "Brian T O'Byrne" do not.
        if (x.Count == 0 || y.Count == 0) return true;
        return x.Zip(y).All(p => p.First[0] == p.Second[0]);
    }

    // Same Daitch–Mokotoff key, first and last letters, and close spelling: "Keifer"/"Kiefer", not "Ross"/"Rossi".
    private static bool SoundAlike(string a, string b, double minimumSimilarity) =>
        a[0] == b[0] && a[^1] == b[^1]
        && DaitchMokotoff.Encode(a) == DaitchMokotoff.Encode(b)
        && EditDistance.Similarity(a, b) >= minimumSimilarity;

    private static string KeyOf(string surname) =>
        string.Join(' ', surname.Split(' ').Select(TransliterationKey.Of));

    private static bool IsFeminineOf(string feminine, string masculine)
    {
        var (f, m) = (TransliterationKey.Of(feminine), TransliterationKey.Of(masculine));
        return f.Length == m.Length + 1 && f.EndsWith('a') && f.StartsWith(m, StringComparison.Ordinal); // Aleksandr/Aleksandra
    }
}

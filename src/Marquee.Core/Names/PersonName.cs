using Marquee.Core.Text;

namespace Marquee.Core.Names;

/// <summary>A name split into folded parts: given name, middle names, surname (with particles) and suffix.</summary>
public sealed record PersonName(string? Given, IReadOnlyList<string> Middle, string Surname, string? Suffix)
{
    private static readonly HashSet<string> Titles =
        ["dr", "mr", "mrs", "ms", "miss", "sir", "dame", "prof", "professor", "lord", "lady"];

    private static readonly HashSet<string> Suffixes = ["jr", "sr", "junior", "senior", "ii", "iii", "iv"];

    private static readonly HashSet<string> Particles =
        ["de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das", "bin", "ibn", "al", "el", "ter", "ten"];

    public bool IsEmpty => Surname.Length == 0;

    public static PersonName Parse(string name)
    {
        var words = TextFold.WordList(name).ToList();
        while (words.Count > 1 && Titles.Contains(words[0])) words.RemoveAt(0);
        string? suffix = null;
        if (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1] switch { "junior" => "jr", "senior" => "sr", var s => s };
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count == 0) return new PersonName(null, [], "", suffix);
        if (words.Count == 1) return new PersonName(null, [], words[0], suffix);

        // Particles before the last word belong to the surname: "Ana de Armas" → surname "de armas".
        var start = words.Count - 1;
        while (start > 1 && Particles.Contains(words[start - 1])) start--;
        var surname = string.Join(' ', words.Skip(start));
        return new PersonName(words[0], [.. words.Skip(1).Take(start - 1)], surname, suffix);
    }
}

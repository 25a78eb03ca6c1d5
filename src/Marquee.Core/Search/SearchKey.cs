using System.Text;
using Marquee.Core.Text;

namespace Marquee.Core.Search;

/// <summary>
/// One word of a query: its key, and, for the last word (the one being typed), what the key of a longer word it is the
/// start of may begin with when that is not the key itself (<see cref="SearchKey.QueryWords"/>).
/// </summary>
public sealed record QueryWord(string Key, IReadOnlyList<string> Continued)
{
    /// <summary>Every start a word it begins may have: the key, then the continuations.</summary>
    public IReadOnlyList<string> Starts => [Key, .. Continued];
}

/// <summary>
/// The normalised form a name or title is indexed and searched by: lowercase ASCII words with the usual
/// Latin transliteration variants collapsed, so "Aleksei"/"Aleksey" and "Eidelstein"/"Eydelshteyn" meet.
/// Other scripts are transliterated on the way in (<see cref="TextFold"/>).
/// </summary>
public static class SearchKey
{
    /// <summary>The key of a text: its words, each folded and collapsed, joined by single spaces.</summary>
    public static string From(string text) => string.Join(' ', Words(text));

    /// <summary>The key's words, in order.</summary>
    public static IReadOnlyList<string> Words(string text) => Keyed(text).Select(w => w.Key).ToList();

    /// <summary>The query's words; the last, which may be half typed, with what a longer word it starts may begin with.</summary>
    public static IReadOnlyList<QueryWord> QueryWords(string text)
    {
        var words = Keyed(text).ToList();
        return words.Select((w, i) => new QueryWord(w.Key, i == words.Count - 1 ? Continuations(w.Folded, w.Key) : [])).ToList();
    }

    private static IEnumerable<(string Folded, string Key)> Keyed(string text)
    {
        foreach (var folded in TextFold.WordList(text))
        {
            var key = Collapse(folded);
            if (key.Length > 0) yield return (folded, key);
        }
    }

    /// <summary>
    /// A half-typed word's key is not always the start of the whole word's key: the next letter may make a pair that
    /// collapses ("mik" + "h" is "mih": Mikhail) or drop a letter ("sergei" + "e" is "serge": Sergeyev is "sergev").
    /// So a word may also continue as the key of any one-letter continuation that does not begin with its own key.
    /// </summary>
    private static IReadOnlyList<string> Continuations(string folded, string key)
    {
        var continued = new List<string>();
        for (var next = 'a'; next <= 'z'; next++)
        {
            var longer = Collapse(folded + next);
            if (!longer.StartsWith(key, StringComparison.Ordinal) && !continued.Any(c => longer.StartsWith(c, StringComparison.Ordinal))) continued.Add(longer);
        }
        return continued;
    }

    // Merges only search makes, on top of the name key. The name key must keep these apart because a false link joins
    // two people's credits for good (Sasha/Sasa, Zhuk/Juk, Tsoi/Coi), while search only offers one more candidate to
    // pick from. Each merges further what the name key left and none respells a choice the key made (x, sh, h, f),
    // so the two keys never undo each other. Ordered: "zh" becomes j before j becomes i.
    private static readonly (string From, string To)[] Variants =
    [
        ("ch", "c"), ("sh", "s"), ("zh", "j"), ("ts", "c"), ("cs", "x"), ("q", "k"), ("y", "i"), ("j", "i"),
    ];

    /// <summary>The letters a collapsed word can hold: the name key and <see cref="Variants"/> leave no w, q, y or j.</summary>
    public const string KeyLetters = "abcdefghiklmnoprstuvxz";

    /// <summary>The words one edit from a key's word (<see cref="EditDistance.OneEditAway"/>), for finding typos through the word index.</summary>
    public static IReadOnlyList<string> OneEditAway(string keyWord) => EditDistance.OneEditAway(keyWord, KeyLetters);

    /// <summary>
    /// Collapses one folded word: first the rules by which the person linker tells one Cyrillic name's spellings
    /// apart from another name (<see cref="Names.TransliterationKey"/>: Yelena/Elena, Sergeyev/Sergeev), so search
    /// finds every spelling the linker calls the same; then coarser variants only search can afford (y/i/j, cs/x,
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

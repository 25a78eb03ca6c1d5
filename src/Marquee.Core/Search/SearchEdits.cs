namespace Marquee.Core.Search;

/// <summary>
/// The words one edit away from a search key's word, for finding typos through an ordinary word index: a deletion,
/// an adjacent swap, a substitution or an insertion, over the letters a collapsed key can hold.
/// </summary>
public static class SearchEdits
{
    // SearchKey.Collapse turns w, q, y and j into other letters, so no indexed word holds them.
    private const string Letters = "abcdefghiklmnoprstuvxz";

    public static IReadOnlyList<string> OneEditAway(string word)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { word };
        var chars = word.ToCharArray();
        for (var i = 0; i < word.Length; i++)
        {
            found.Add(word.Remove(i, 1));
            if (i + 1 < word.Length)
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                found.Add(new string(chars));
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            }
            foreach (var c in Letters)
            {
                if (c == word[i]) continue;
                chars[i] = c;
                found.Add(new string(chars));
            }
            chars[i] = word[i];
        }
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in Letters) found.Add(word.Insert(i, c.ToString()));
        }
        return [.. found];
    }
}

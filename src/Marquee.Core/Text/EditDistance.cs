namespace Marquee.Core.Text;

/// <summary>
/// Optimal string alignment distance (Levenshtein plus swaps of neighbours: "Keifer"/"Kiefer" = 1), the one edit
/// distance the name matcher and search share, with the two fast forms of "one edit" search needs.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>1 for equal strings, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 1 : 1 - (double)Between(a, b) / longest;
    }

    /// <summary><c>Between(a, b) &lt;= 1</c> without the table: one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    /// <summary>
    /// Every word within one edit of <paramref name="word"/> over these letters (the word itself included), for finding
    /// typos through an ordinary word index.
    /// </summary>
    public static IReadOnlyList<string> OneEditAway(string word, string letters)
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
            foreach (var c in letters)
            {
                if (c == word[i]) continue;
                chars[i] = c;
                found.Add(new string(chars));
            }
            chars[i] = word[i];
        }
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in letters) found.Add(word.Insert(i, c.ToString()));
        }
        return [.. found];
    }
}

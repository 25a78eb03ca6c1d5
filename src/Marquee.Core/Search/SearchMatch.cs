using Marquee.Core.Text;

namespace Marquee.Core.Search;

/// <summary>How a query's words meet one indexed name; null from <see cref="SearchMatch.Compare"/> means no match.</summary>
public sealed record WordMatch(int Exact, int Prefix, int Fuzzy, int ExtraWords)
{
    /// <summary>Every query word matched a word exactly and the name has no other words.</summary>
    public bool IsWholeName => Prefix == 0 && Fuzzy == 0 && ExtraWords == 0;
}

/// <summary>The tolerance rules of search: any word order, a prefix for the last word, one edit in a word of five or more letters.</summary>
public static class SearchMatch
{
    public const int MinFuzzyLength = 5;

    /// <summary>
    /// Matches every query word to a distinct word of the name, preferring exact, then prefix, then one-edit matches.
    /// A word taken as a prefix starts a name's word with its key, or a longer word with one of its
    /// <paramref name="continued"/> keys (<see cref="QueryWord.Continued"/>).
    /// </summary>
    public static WordMatch? Compare(IReadOnlyList<string> query, IReadOnlyList<string> name, bool prefixAnyWord = false, IReadOnlyList<IReadOnlyList<string>>? continued = null)
    {
        if (query.Count == 0 || query.Count > name.Count) return null;
        var used = new bool[name.Count];
        int exact = 0, prefix = 0, fuzzy = 0;
        // Exact matches first, so "anora anora" style repeats and shared prefixes pick the right partners.
        var pending = new List<int>();
        for (var i = 0; i < query.Count; i++)
        {
            var j = Find(name, used, w => w == query[i]);
            if (j >= 0) { used[j] = true; exact++; }
            else pending.Add(i);
        }
        foreach (var i in pending)
        {
            var q = query[i];
            var allowPrefix = prefixAnyWord || i == query.Count - 1;
            var j = allowPrefix ? Find(name, used, w => w.StartsWith(q, StringComparison.Ordinal)
                || (continued?[i].Any(c => w.Length > c.Length && w.StartsWith(c, StringComparison.Ordinal)) ?? false)) : -1;
            if (j >= 0) { used[j] = true; prefix++; continue; }
            if (q.Length >= MinFuzzyLength)
            {
                j = Find(name, used, w => Math.Abs(w.Length - q.Length) <= 1 && EditDistance.WithinOneEdit(q, w));
                if (j < 0 && allowPrefix) j = Find(name, used, w => w.Length > q.Length && EditDistance.WithinOneEdit(q, w[..q.Length]));
                if (j >= 0) { used[j] = true; fuzzy++; continue; }
            }
            return null;
        }
        return new WordMatch(exact, prefix, fuzzy, name.Count - query.Count);
    }

    /// <summary>A score for ordering: a whole-name match over a partial one, then the name's popularity, which breaks near-ties.</summary>
    public static double Score(WordMatch match, int queryWords, double popularity, bool primaryName)
    {
        var quality = (match.Exact + 0.7 * match.Prefix + 0.6 * match.Fuzzy) / queryWords;
        var whole = match.IsWholeName ? 1.0 : 0.0;
        var fame = 0.1 * Math.Log10(1 + Math.Max(0, popularity));
        return whole + quality - 0.03 * Math.Min(match.ExtraWords, 10) + (primaryName ? 0.05 : 0) + Math.Min(fame, 0.8);
    }

    private static int Find(IReadOnlyList<string> words, bool[] used, Func<string, bool> test)
    {
        for (var j = 0; j < words.Count; j++)
        {
            if (!used[j] && test(words[j])) return j;
        }
        return -1;
    }
}

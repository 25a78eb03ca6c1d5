using System.Text.RegularExpressions;
using Marquee.Core.Names;
using Marquee.Core.Text;

namespace Marquee.Import.Articles;

/// <summary>
/// Real people the article names, each spelling once, in order of first appearance: everyone on the card or
/// credited, the byline, and full names in prose next to words about making or acting in films. Characters are left out.
/// </summary>
public static partial class PeopleFinder
{
    // Without backtracking: a backtracking engine retries from every capital of a long capitalised word, the square of its length.
    [GeneratedRegex(@"\p{Lu}[\p{L}’'\-]*\.?(?:\s+(?:(?:de|da|di|del|van|von|der|le|la|du|dos|bin|al)\s+)*\p{Lu}[\p{L}’'\-]*\.?){1,4}", RegexOptions.NonBacktracking)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(?:performances?|acting|actors?|actress(?:es)?|cast|casting|co-stars?|starring|stars?|role|roles|plays|played|playing|portrays?|directors?|directed|directs|direct|directing|direction|film-?makers?|writers?|wrote|written|screenplay|screenwriter|script|novel|novelist|author|composer|comedian|career|debut|nominated|nomination|produced|producer|production|biopic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakingCue();

    [GeneratedRegex(@"^['’]s?\s+(?:\p{Ll}+\s+)?(?:novel|book|film|films|movie|movies|work|production|play|script|screenplay|direction|performance|debut|career|music|score)\b")]
    private static partial Regex PossessiveWork();

    [GeneratedRegex(@"^\s*(?:(?:shows\s+up|turns\s+up|appears|stars|is\s+cast|co-stars)\s+)?as\s+(?:the|a|an|his|her|their)\s+\p{Ll}")]
    private static partial Regex UnnamedRole();

    [GeneratedRegex(@"^['’]s?\s+\p{Lu}")]
    private static partial Regex PossessiveName();

    [GeneratedRegex(@"\b(?:production|adaptation|version|story|novel|play|book|film|movie|remake|sequel|staging)\s+of\s+$")]
    private static partial Regex WorkOf();

    [GeneratedRegex(@"^(?<n>[^()]+?)(?:\s*\((?:19|20)\d{2}\))?$")]
    private static partial Regex StandaloneName();

    private static bool IsTitleCase(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 5 && words.Count(w => w.TrimStart('‘', '“', '\'', '"') is { Length: > 0 } t && char.IsUpper(t[0])) >= words.Length * 0.7;
    }

    [GeneratedRegex(@"^\s*,?\s*\((?:\p{Lu}\p{L}*['’]s\s+)?\p{Ll}")]
    private static partial Regex DescribedInParentheses();

    public static List<string> Find(string text, IEnumerable<string> fixedPeople, IEnumerable<ExtractedCredit> credits, string? filmTitle = null, CancellationToken ct = default)
    {
        var characters = credits.SelectMany(c => c.CharacterAliases.Append(c.Character)).Select(c => TextFold.Words(c)).ToHashSet(StringComparer.Ordinal);
        var characterWords = characters.SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var found = new List<(int Position, string Name)>();
        foreach (var name in fixedPeople.Distinct(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var at = IndexOfName(text, name);
            found.Add((at < 0 ? int.MaxValue : at, name));
        }
        foreach (var sentence in SentencesWithPositions(text))
        {
            ct.ThrowIfCancellationRequested();
            var s = sentence.Text;
            if (IsTitleCase(s)) continue; // headlines capitalise every word
            var standalone = StandaloneName().Match(s);
            foreach (Match m in CapitalisedRun().Matches(s))
            {
                var name = NameSpans.SpanAfter(s, m.Index);
                if (!NameSpans.IsPersonLike(name)) continue;
                var end = Math.Min(s.Length, m.Index + name.Length);
                var (before, after) = (s[..m.Index], s[end..]);
                var folded = TextFold.Words(name);
                var isCharacter = characters.Contains(folded) || folded.Split(' ').Any(characterWords.Contains);
                if (PossessiveWork().IsMatch(after)) { found.Add((sentence.Start + m.Index, name)); continue; }
                if (isCharacter || WorkOf().IsMatch(before) || TextFold.Same(name, filmTitle)) continue;
                var window = s[Math.Max(0, m.Index - 60)..Math.Min(s.Length, end + 60)];
                if (MakingCue().IsMatch(window) || UnnamedRole().IsMatch(after) || PossessiveName().IsMatch(after) || DescribedInParentheses().IsMatch(after)
                    || before.EndsWith('(') && after.StartsWith(')') || standalone.Success && standalone.Groups["n"].Value == name)
                    found.Add((sentence.Start + m.Index, name));
            }
        }
        // A lone surname is left out when the article also gives the full name.
        var surnames = found.Select(f => f.Name).Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => n[(n.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        return [.. found.OrderBy(f => f.Position).Select(f => f.Name).Distinct(StringComparer.Ordinal)
            .Where(n => n.Contains(' ', StringComparison.Ordinal) || !surnames.Contains(n))];
    }

    private static int IndexOfName(string text, string name)
    {
        var m = Regex.Match(text, @"(?<![\p{L}])" + Regex.Escape(name) + @"(?![\p{L}])");
        return m.Success ? m.Index : -1;
    }

    private static IEnumerable<(int Start, string Text)> SentencesWithPositions(string text)
    {
        var start = 0;
        foreach (Match m in Regex.Matches(text, @"(?<=[.!?…])\s+(?=[""“‘'(\p{Lu}\d])|\n+"))
        {
            if (m.Index > start)
                foreach (var (at, length) in ArticleText.Pieces(text, start, m.Index - start)) yield return (at, text.Substring(at, length));
            start = m.Index + m.Length;
        }
        if (start < text.Length)
            foreach (var (at, length) in ArticleText.Pieces(text, start, text.Length - start)) yield return (at, text.Substring(at, length));
    }
}

using System.Text.RegularExpressions;
using Marquee.Core.Names;

namespace Marquee.Import.Articles;

/// <summary>
/// Real people the article names, each spelling once, in order of first appearance: everyone on the card or
/// credited, the byline, and full names in prose next to words about making or acting in films. Characters are left out.
/// </summary>
public static partial class PeopleFinder
{
    [GeneratedRegex(@"\p{Lu}[\p{L}’'\-]*\.?(?:\s+(?:(?:de|da|di|del|van|von|der|le|la|du|dos|bin|al)\s+)*\p{Lu}[\p{L}’'\-]*\.?){1,4}")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b(?:performances?|acting|actors?|actress(?:es)?|cast|casting|co-stars?|starring|stars?|role|roles|plays|played|playing|portrays?|directors?|directed|directs|direct|directing|direction|film-?makers?|writers?|wrote|written|screenplay|screenwriter|script|novel|novelist|author|composer|comedian|career|debut|nominated|nomination|produced|producer|production|biopic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MakingCue();

    [GeneratedRegex(@"^['’]s?\s+(?:\p{Ll}+\s+)?(?:novel|book|film|films|movie|movies|work|production|play|script|screenplay|direction|performance|debut|career|music|score)\b")]
    private static partial Regex PossessiveWork();

    public static List<string> Find(string text, IEnumerable<string> fixedPeople, IEnumerable<ExtractedCredit> credits)
    {
        var characters = credits.SelectMany(c => c.CharacterAliases.Append(c.Character)).Select(c => NameText.Fold(c)).ToHashSet(StringComparer.Ordinal);
        var characterWords = characters.SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var found = new List<(int Position, string Name)>();
        foreach (var name in fixedPeople.Distinct(StringComparer.Ordinal))
        {
            var at = IndexOfName(text, name);
            found.Add((at < 0 ? int.MaxValue : at, name));
        }
        foreach (var sentence in SentencesWithPositions(text))
        {
            var cue = MakingCue().IsMatch(sentence.Text);
            foreach (Match m in CapitalisedRun().Matches(sentence.Text))
            {
                var name = NameSpans.SpanAfter(sentence.Text, m.Index);
                if (!NameSpans.IsPersonLike(name)) continue;
                var folded = NameText.Fold(name);
                if (characters.Contains(folded) || folded.Split(' ').Any(characterWords.Contains) && !cue) continue;
                var after = sentence.Text[Math.Min(sentence.Text.Length, m.Index + name.Length)..];
                var inParentheses = m.Index > 0 && sentence.Text[m.Index - 1] == '(' && after.StartsWith(')');
                if (cue && !characters.Contains(folded) || PossessiveWork().IsMatch(after) || inParentheses)
                    found.Add((sentence.Start + m.Index, name));
            }
        }
        return [.. found.OrderBy(f => f.Position).Select(f => f.Name).Distinct(StringComparer.Ordinal)
            .Where(n => n.Contains(' ', StringComparison.Ordinal) || !found.Any(f => f.Name.EndsWith(" " + n, StringComparison.Ordinal)))];
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
            if (m.Index > start) yield return (start, text[start..m.Index]);
            start = m.Index + m.Length;
        }
        if (start < text.Length) yield return (start, text[start..]);
    }
}

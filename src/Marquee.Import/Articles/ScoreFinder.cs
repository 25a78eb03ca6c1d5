using System.Text.RegularExpressions;
using Marquee.Core.Scores;

namespace Marquee.Import.Articles;

/// <summary>
/// Finds the critic's score in an article, strongest evidence first: a labelled grade or rating, the info card's
/// "9 10", star glyphs, a line that is only a score, then a score stated in prose. Never guesses: age certificates,
/// percentages and counts are not scores.
/// </summary>
public static partial class ScoreFinder
{
    private const string Num = @"(?:\d{1,3}(?:[.,]\d{1,2})?\s?½?|½|zero|one|two|three|four|five|six|seven|eight|nine|ten)";

    [GeneratedRegex(@"\b(?:(?:final|overall|my|our)\s+)?(?i:grade|rating|score|verdict)\s*[:\-–—]\s*(?<s>[A-F][+\-−–]?(?![\p{L}\d+])|" + Num + @"\s*(?:/|out\s+of)\s*\d{1,3}(?:\s*stars?)?|" + Num + @"\s*stars?|[★⭐✭]+½?[☆✩]*)\.?")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?<s>\d{1,2}(?:\.\d)?\s(?:10|5|4|100))\s+\p{Lu}")]
    private static partial Regex CardScore();

    [GeneratedRegex(@"[★⭐✭]+\s?½?[☆✩]*|(?<![\p{L}\d])½(?=[☆✩])")]
    private static partial Regex StarGlyphs();

    [GeneratedRegex(@"^(?:" + Num + @")\s*(?:/|out\s+of|of)\s*(?:10|5|4|100)(?:\s*stars?)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreOnlyLine();

    [GeneratedRegex(@"(?<![\d/.,$£€])(?<s>\d{1,3}(?:[.,]\d)?\s?½?\s*/\s*(?:10|5|4|100))(?=\s*(?:[.,;:!)]|$|stars?\b|points?\b|overall\b|from\s+me\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ProseSlash();

    [GeneratedRegex(@"\b(?:give|gave|giving|rate|rated|rating|award|awarded|earns?|gets?|deserves?|score[sd]?)\s+(?:it|this(?:\s+(?:film|movie|one))?|the\s+(?:film|movie))?\s*(?:an?\s+)?(?<s>" + Num + @"(?:\s*(?:/|out\s+of)\s*(?:10|5|4|100)|\s*stars?(?:\s+out\s+of\s+(?:5|4|five|four))?))(?!\s*(?:people|times|films|movies))", RegexOptions.IgnoreCase)]
    private static partial Regex ProseVerb();

    [GeneratedRegex(@"\b(?<s>(?:one|two|three|four|five|[1-5](?:\.5)?)[- ]stars?)\s+(?:film|movie|review|rating|experience|watch|picture|flick|masterpiece)", RegexOptions.IgnoreCase)]
    private static partial Regex StarAdjective();

    public static Score? Find(IReadOnlyList<ArticleLine> lines, ISet<int> cardLines, ISet<int> skipLines)
    {
        var usable = lines.Where(l => !skipLines.Contains(l.Index)).ToList();
        return First(usable, l => Labelled().Matches(l.Text))
            ?? First(usable.Where(l => cardLines.Contains(l.Index) || l.WordCount <= 3), l => CardScore().Matches(l.Text))
            ?? First(usable, l => StarGlyphs().Matches(l.Text))
            ?? First(usable.Where(l => ScoreOnlyLine().IsMatch(l.Text)), l => Regex.Matches(l.Text, "^.*$"))
            ?? First(usable, l => ProseVerb().Matches(l.Text))
            ?? First(usable, l => StarAdjective().Matches(l.Text))
            ?? First(usable, l => ProseSlash().Matches(l.Text));
    }

    private static Score? First(IEnumerable<ArticleLine> lines, Func<ArticleLine, MatchCollection> find)
    {
        foreach (var line in lines)
        {
            foreach (Match m in find(line))
            {
                var raw = m.Groups["s"].Success ? m.Groups["s"].Value : m.Value;
                var parsed = Score.Parse(raw.Trim());
                if (parsed.Score is not null)
                    return Score.Parse(m.Value.Trim()).Score ?? parsed.Score;
            }
        }
        return null;
    }
}

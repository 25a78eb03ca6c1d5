using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>
/// Reads info cards and credits blocks: labelled lines ("Director: …", "Cast: …", "Runtime: 133 minutes"),
/// one-line cards with several labels, "Actor .... Character" lines and character/actor line pairs.
/// </summary>
public static partial class InfoCard
{
    private const string Labels = @"Written\s*(?:and|&)\s*Directed\s*[Bb]y|Writer[-/ ]Directors?|Directed\s+[Bb]y|Directors?|Written\s+[Bb]y|Screenplay(?:\s+[Bb]y)?|Writers?|Main\s+[Cc]ast|Cast|Starring|Runtime|Running\s+[Tt]ime|Run\s+[Tt]ime|Release\s+Dates?|Date\s+Released|Released|Genres?|Studio|Distributor|Producers?|Available\s+[Ii]n|Country|Language|Certificate|Expand";

    [GeneratedRegex(@"^(?<label>" + Labels + @")\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ColonField();

    [GeneratedRegex(@"^(?<label>Directed\s+by|Written\s+by|Starring|Released|Release\s+Date|Runtime|Running\s+time)\s+(?<value>[\p{Lu}\d].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortField();

    [GeneratedRegex(@"(?<![\p{L}])(?<label>" + Labels + @")(?=\s*:?\s+[\p{Lu}\d]|\s*$)")]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"^(?<person>[^.…\t]+?)\s*(?:\.{2,}|…+|\t+)\s*(?<character>\S.*)$")]
    private static partial Regex DottedPair();

    [GeneratedRegex(@"^(?<person>[^–—-]+?)\s+[-–—]\s+(?<character>\p{Lu}.*)$")]
    private static partial Regex DashPair();

    [GeneratedRegex(@"^(?:full\s+)?cast(?:\s*(?:and|&)\s*crew)?:?$|^cast\s+list:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CastHeader();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*")]
    private static partial Regex ListSeparator();

    public static CardInfo Read(IReadOnlyList<ArticleLine> lines, string fullText)
    {
        var card = new CardInfo();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (ColonField().Match(text) is { Success: true } field)
            {
                var value = field.Groups["value"].Value;
                if (value.Length == 0 && IsCastLabel(field.Groups["label"].Value)) { i = ReadBlock(lines, i, card, fullText, alternating: false); continue; }
                if (Apply(card, field.Groups["label"].Value, value)) card.LineIndexes.Add(i);
            }
            else if (lines[i].WordCount <= 14 && ShortField().Match(text) is { Success: true } shortField)
            {
                if (Apply(card, shortField.Groups["label"].Value, shortField.Groups["value"].Value)) card.LineIndexes.Add(i);
            }
            else if (InlineLabel().Matches(text) is { Count: >= 3 } labels && labels.Select(l => l.Value).Distinct().Count() >= 3)
            {
                for (var l = 0; l < labels.Count; l++)
                {
                    var start = labels[l].Index + labels[l].Length;
                    var end = l + 1 < labels.Count ? labels[l + 1].Index : text.Length;
                    Apply(card, labels[l].Value, text[start..end].Trim(' ', ':'));
                }
                card.LineIndexes.Add(i);
            }
            else if (CastHeader().IsMatch(text))
            {
                i = ReadBlock(lines, i, card, fullText, alternating: true);
            }
            else if (TryCardPair(lines, i, out var credit))
            {
                card.Credits.Add(credit);
                card.AddCast(credit.Person);
                card.LineIndexes.Add(i);
            }
        }
        return card;
    }

    private static bool IsCastLabel(string label) => label.StartsWith("cast", StringComparison.OrdinalIgnoreCase)
        || label.StartsWith("main", StringComparison.OrdinalIgnoreCase) || label.StartsWith("starring", StringComparison.OrdinalIgnoreCase);

    private static bool Apply(CardInfo card, string label, string value)
    {
        var l = Regex.Replace(label.ToLowerInvariant(), @"\s+", " ");
        if (l.Contains("direct", StringComparison.Ordinal))
        {
            foreach (var name in Names(value)) { if (!card.Directors.Contains(name)) card.Directors.Add(name); card.Names.Add(name); }
            if (l.StartsWith("writ", StringComparison.Ordinal)) AddWriters(card, value);
            return true;
        }
        if (l.StartsWith("writ", StringComparison.Ordinal) || l.StartsWith("screenplay", StringComparison.Ordinal)) { AddWriters(card, value); return true; }
        if (l is "cast" or "starring" or "main cast") { foreach (var name in Names(value)) card.AddCast(name); return true; }
        if (l is "runtime" or "running time" or "run time") { card.RuntimeMinutes ??= DateText.FindMinutes(value); return true; }
        if (l.StartsWith("release", StringComparison.Ordinal) || l is "released" or "date released") { card.ReleaseDate ??= ReleaseDate(value); return true; }
        return l != "expand";
    }

    private static void AddWriters(CardInfo card, string value)
    {
        foreach (var name in Names(value)) { if (!card.Writers.Contains(name)) card.Writers.Add(name); card.Names.Add(name); }
    }

    public static IEnumerable<string> Names(string value) =>
        ListSeparator().Split(Parenthetical().Replace(value, ""))
            .Select(n => n.Trim(' ', '.', ':'))
            .Where(NameSpans.IsPersonLike);

    // Several dates ("Comic Con: July 22, 2022; Theatrical: September 9, 2022"): the theatrical one, else the first.
    private static DateOnly? ReleaseDate(string value)
    {
        var segments = value.Split(';');
        var preferred = segments.FirstOrDefault(s => Regex.IsMatch(s, @"\b(?:theatrical|theaters|theatres|cinemas|wide|general)\b", RegexOptions.IgnoreCase));
        foreach (var segment in preferred is null ? segments : [preferred, .. segments])
            foreach (var (_, date) in DateText.FindAll(segment)) return date;
        return null;
    }

    private static bool TryCardPair(IReadOnlyList<ArticleLine> lines, int i, out ExtractedCredit credit)
    {
        credit = null!;
        var text = lines[i].Text;
        var m = DottedPair().Match(text);
        if (!m.Success && lines[i].WordCount <= 8)
        {
            // Dash pairs only inside a run of them, so a headline "Title - Review" is not a credit.
            bool IsDash(int j) => j >= 0 && j < lines.Count && DashPair().IsMatch(lines[j].Text) && lines[j].WordCount <= 8;
            if (IsDash(i) && (IsDash(i - 1) || IsDash(i + 1))) m = DashPair().Match(text);
        }
        if (!m.Success) return false;
        var (person, character) = (m.Groups["person"].Value.Trim(), m.Groups["character"].Value.Trim().TrimEnd('.'));
        if (!NameSpans.IsPersonLike(person) || character.Length == 0 || !char.IsUpper(character[0]) || character.Split(' ').Length > 5
            || character.Contains('\t', StringComparison.Ordinal) || character.Contains("..", StringComparison.Ordinal)) return false;
        credit = new ExtractedCredit(person, character, []);
        return true;
    }

    // A cast block under its own header: names one per line, or character and actor lines taking turns.
    private static int ReadBlock(IReadOnlyList<ArticleLine> lines, int header, CardInfo card, string fullText, bool alternating)
    {
        var block = new List<ArticleLine>();
        for (var j = header + 1; j < lines.Count; j++)
        {
            if (block.Count > 0 && lines[j].BlankBefore) break;
            if (lines[j].WordCount > 7 || !char.IsUpper(lines[j].Text[0])) break;
            block.Add(lines[j]);
        }
        if (block.Count == 0) return header;
        card.LineIndexes.Add(header);
        foreach (var line in block) card.LineIndexes.Add(line.Index);
        if (!alternating || block.Count % 2 != 0)
        {
            foreach (var line in block.Where(l => NameSpans.IsPersonLike(l.Text))) card.AddCast(line.Text);
            return block[^1].Index;
        }
        // Which lines are the actors? The ones the review also names elsewhere; by default the second of each pair.
        var elsewhere = fullText;
        foreach (var line in block) elsewhere = elsewhere.Replace(line.Text + "\n", "\n", StringComparison.Ordinal);
        int Mentions(int parity) => block.Where((_, k) => k % 2 == parity).Count(l => elsewhere.Contains(l.Text, StringComparison.Ordinal));
        var actorParity = Mentions(0) > Mentions(1) ? 0 : 1;
        for (var k = 0; k + 1 < block.Count; k += 2)
        {
            var (person, character) = actorParity == 1 ? (block[k + 1].Text, block[k].Text) : (block[k].Text, block[k + 1].Text);
            if (!NameSpans.IsPersonLike(person)) continue;
            card.Credits.Add(new ExtractedCredit(person, character, []));
            card.Names.Add(person);
        }
        return block[^1].Index;
    }
}

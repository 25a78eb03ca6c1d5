using System.Text;
using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>One line of an article after clean-up, with its position.</summary>
public sealed record ArticleLine(int Index, string Text, bool BlankBefore, bool Bulleted)
{
    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>Turns scraped text into clean lines: one newline style, no control characters, glued sentences split.</summary>
public static partial class ArticleText
{
    /// <summary>Articles are never this long; anything past it is cut so one bad file cannot stall an import.</summary>
    public const int MaxLength = 1_000_000;

    // A closing quote glued to the next sentence: "spoilers for 'Anora'Sean Baker has …" (but not "Da’Vine").
    [GeneratedRegex(@"(?<=(?:^|[\s(])['‘“""][^'‘’“”""\n]{1,80}[\p{Ll}\d.!?]['’”""])(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedAfterQuote();

    // A scraped date prefix glued to the first line: " date 2024-11-02 Editor's note: …".
    [GeneratedRegex(@"^\s*(date\s+\d{4}-\d{2}-\d{2})\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"^(?:[•·▪◦*]|[-–—](?=\s))\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(" {3,}")]
    private static partial Regex ManySpaces();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[""“‘'(\p{Lu}\d])")]
    private static partial Regex SentenceBreak();

    /// <summary>True when the text looks like binary data rather than writing.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.Length > 4096 ? text[..4096] : text;
        var bad = sample.Count(c => c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t'));
        return sample.Length > 0 && bad > sample.Length / 20;
    }

    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u00A0' or '\u2007' or '\u202F' or '\t') sb.Append(c == '\t' ? '\t' : ' ');
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            else if (c == '\r') continue;
            else if (char.IsControl(c) && c != '\n') continue;
            else sb.Append(c);
        }
        var cleaned = LeadingDate().Replace(sb.ToString(), "$1\n");
        return GluedAfterQuote().Replace(cleaned, "\n");
    }

    public static List<ArticleLine> Lines(string cleaned)
    {
        var lines = new List<ArticleLine>();
        var blank = true;
        foreach (var raw in cleaned.Split('\n'))
        {
            var trimmed = raw.Trim();
            if (trimmed.Length == 0) { blank = true; continue; }
            var bulleted = Bullet().IsMatch(trimmed);
            var text = bulleted ? Bullet().Replace(trimmed, "") : trimmed;
            text = ManySpaces().Replace(text, "\t").Replace("  ", " ", StringComparison.Ordinal);
            if (text.Length == 0) continue;
            lines.Add(new ArticleLine(lines.Count, text, blank, bulleted));
            blank = false;
        }
        return lines;
    }

    /// <summary>Splits a paragraph into sentences at ., ! or ? followed by a capital or a quote; an overlong one in pieces.</summary>
    public static IEnumerable<string> Sentences(string paragraph) =>
        SentenceBreak().Split(paragraph).Where(s => s.Length > 0).SelectMany(s => Pieces(s, 0, s.Length).Select(p => s.Substring(p.Start, p.Length)));

    /// <summary>
    /// The stretch of text as pieces of at most <see cref="ArticleLimits.SentenceLength"/> characters, cut at spaces:
    /// the text rules look around every match in a sentence, which costs the square of a sentence that never ends.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Pieces(string text, int start, int length)
    {
        var end = start + length;
        while (end - start > ArticleLimits.SentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + ArticleLimits.SentenceLength, ArticleLimits.SentenceLength);
            if (cut <= start) cut = start + ArticleLimits.SentenceLength;
            yield return (start, cut - start);
            start = text[cut] == ' ' ? cut + 1 : cut;
        }
        yield return (start, end - start);
    }
}

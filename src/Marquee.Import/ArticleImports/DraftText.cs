using System.Text;
using System.Text.RegularExpressions;
using Marquee.Core.Reviews;
using Marquee.Import.Articles;

namespace Marquee.Import.ArticleImports;

/// <summary>The draft review's words from an extracted article: headline, dek, Markdown body, spoiler level and score.</summary>
public static partial class DraftText
{
    // Every character the review syntax gives a meaning (with its extras: ^superscript^, ++inserted++, ==marked==).
    [GeneratedRegex(@"[\\`*_\[\]<>#|~^]|\+(?=\+)|(?<=\+)\+|=(?==)|(?<==)=")]
    private static partial Regex MarkdownSpecial();

    [GeneratedRegex(@"^(\s*)(\d+)([.)])(\s|$)")]
    private static partial Regex OrderedListStart();

    /// <summary>The article's own headline when it has one, else "Review: Title".</summary>
    public static string Headline(ExtractedArticle a) =>
        Cut(a.Outline.FirstOrDefault(b => b.Kind == ArticleBlockKind.Headline)?.Text ?? $"Review: {a.FilmTitle}", 200);

    /// <summary>The first sentence of the first paragraph of prose (a dozen words or more; not the spoiler note).</summary>
    public static string Dek(ExtractedArticle a)
    {
        var first = a.Paragraphs.FirstOrDefault(p => p != a.SpoilerNote && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 12)
            ?? a.Paragraphs.FirstOrDefault(p => p != a.SpoilerNote) ?? "";
        var end = first.IndexOfAny(['.', '!', '?']);
        return Cut(end > 20 ? first[..(end + 1)] : first, 300);
    }

    /// <summary>Headings as "##" and paragraphs as plain text, Markdown's special characters escaped so the text stays text.</summary>
    public static string Body(ExtractedArticle a)
    {
        var sb = new StringBuilder();
        foreach (var block in a.Outline)
        {
            if (block.Kind == ArticleBlockKind.Headline || block.Text == a.SpoilerNote) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            if (block.Kind == ArticleBlockKind.Heading) sb.Append("## ");
            sb.Append(Escape(block.Text));
        }
        return sb.ToString();
    }

    public static string Escape(string text)
    {
        var escaped = MarkdownSpecial().Replace(text, m => "\\" + m.Value);
        escaped = OrderedListStart().Replace(escaped, "$1$2\\$3$4");
        // A line that starts a list, a setext heading or a ::: block.
        return escaped.StartsWith('-') || escaped.StartsWith('+') || escaped.StartsWith('=') || escaped.StartsWith(':') ? "\\" + escaped : escaped;
    }

    /// <summary>No warning is no spoilers; a note of light or premise spoilers is "premise"; any other note is "full".</summary>
    public static SpoilerLevel Spoilers(bool hasWarning, string? note)
    {
        if (!hasWarning) return SpoilerLevel.None;
        return note is not null && Regex.IsMatch(note, @"\b(light|minor|mild|premise|some)\b", RegexOptions.IgnoreCase)
            ? SpoilerLevel.Premise : SpoilerLevel.Full;
    }

    /// <summary>The score as the review form takes it ("9/10", "3.5/5", "B+"); null when the article has none or it does not fit a review scale.</summary>
    public static string? Score(ExtractedArticle a) =>
        a.Score is { } s ? Marquee.Core.Scores.Score.ParseOnScale(s.Display, null).Score?.Raw : null;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}

using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Marquee.Core.Reviews;
using Marquee.Data.Reviews;

namespace Marquee.Data.Search;

/// <summary>
/// Splits a review's Markdown into the plain text the spoiler shield shows and the text it hides: `::: spoiler` blocks,
/// and the whole body of a full-spoiler review (the review page leaves both out while the shield is on).
/// </summary>
public static class ReviewSearchText
{
    /// <summary>Parsed with the page's syntax, so both agree on what a spoiler block is; a body that cannot be parsed is all hidden.</summary>
    public static (string Shown, string Hidden) Split(string markdown, SpoilerLevel level)
    {
        if (ReviewMarkdownSyntax.TryParse(markdown) is not { } document) return ("", markdown);
        var shown = new StringBuilder();
        var hidden = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            var text = leaf.Inline is null ? leaf.Lines.ToString() : InlineText(leaf.Inline);
            if (text.Length == 0) continue;
            (level == SpoilerLevel.Full || InsideSpoiler(leaf) ? hidden : shown).Append(text).Append('\n');
        }
        return (shown.ToString().Trim(), hidden.ToString().Trim());
    }

    private static string InlineText(ContainerInline inline) =>
        string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => "",
        }));

    private static bool InsideSpoiler(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer { Info: { } info } && info.Trim().Equals("spoiler", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}

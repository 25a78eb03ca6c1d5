using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Marquee.Data.Reviews;

/// <summary>
/// The Markdown a review body is written in: one pipeline for the page, the search text and the check at save, so a
/// body that is saved can be shown.
/// </summary>
public static class ReviewMarkdownSyntax
{
    /// <summary>Quotes, list items, `:::` blocks, emphasis and links inside one another; a real review nests two or three.</summary>
    public const int MaxNesting = 32;

    public static readonly string TooDeep =
        $"The body nests quotes, lists, ::: blocks, emphasis or links more than {MaxNesting} levels deep, so it cannot be shown; flatten it.";

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseCustomContainers()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    /// <summary>The body parsed, or null when Markdig gives up on it ("too deeply nested", its own limit).</summary>
    public static MarkdownDocument? TryParse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Why the body cannot be saved as it is, or null when it can be shown.</summary>
    public static string? Problem(string markdown) =>
        TryParse(markdown) is { } document && Nesting(document, 0) <= MaxNesting ? null : TooDeep;

    // Stops counting past the limit, so the walk is never deeper than that.
    private static int Nesting(ContainerBlock container, int level)
    {
        var deepest = level;
        foreach (var block in container)
        {
            if (deepest > MaxNesting) break;
            var inner = block is ContainerBlock and not (ListBlock or TableRow or TableCell) ? level + 1 : level;
            deepest = Math.Max(deepest, block switch
            {
                ContainerBlock c => Nesting(c, inner),
                LeafBlock { Inline: { } inline } => Nesting(inline, inner),
                _ => inner,
            });
        }
        return deepest;
    }

    private static int Nesting(ContainerInline container, int level)
    {
        var deepest = level;
        foreach (var inline in container)
        {
            if (deepest > MaxNesting) break;
            if (inline is ContainerInline child) deepest = Math.Max(deepest, Nesting(child, level + 1));
        }
        return deepest;
    }
}

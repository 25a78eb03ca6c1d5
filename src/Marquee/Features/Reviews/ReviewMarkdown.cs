using System.Text;
using System.Text.Encodings.Web;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Marquee.Data.Reviews;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>How spoiler blocks are rendered: shown, collapsed behind a Reveal link (their text left out), or left out entirely.</summary>
public enum SpoilerMode
{
    Shown,
    Shielded,
    Omitted,
}

/// <summary>A heading of the body, for the table of contents.</summary>
public sealed record TocEntry(string Id, string Text, int Level);

/// <summary>A body rendered to safe HTML, with its table of contents.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<TocEntry> Toc, int SpoilerBlocks)
{
    /// <summary>The body could not be laid out (stored before the check at save) and is shown as plain text, or not at all.</summary>
    public bool AsPlainText { get; init; }
}

/// <summary>
/// Renders a review's Markdown: headings with anchors, quotes, `::: pullquote`, `::: spoiler` blocks and images with
/// caption and credit. Raw HTML in the source is shown as text, and the result is sanitised, so nothing an author
/// writes can run script.
/// </summary>
public static class ReviewMarkdown
{
    public const string SpoilerContainer = "spoiler";
    public const string PullQuoteContainer = "pullquote";

    private static readonly MarkdownPipeline Pipeline = ReviewMarkdownSyntax.Pipeline;

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static RenderedBody Render(string markdown, SpoilerMode mode, string revealUrl, IReadOnlyDictionary<string, ReviewImageView> images)
    {
        if (ReviewMarkdownSyntax.TryParse(markdown) is { } document)
        {
            try
            {
                using var writer = new StringWriter();
                var renderer = new HtmlRenderer(writer);
                Pipeline.Setup(renderer);
                var containers = new ReviewContainerRenderer(mode, revealUrl);
                renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(containers);
                renderer.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer(images));
                renderer.Render(document);
                writer.Flush();
                return new RenderedBody(Sanitizer.Sanitize(writer.ToString()), TableOfContents(document), containers.SpoilerCount);
            }
            catch (ArgumentException)
            {
                // Markdig's renderer has its own depth limit, below what its parser lets through.
            }
        }
        return AsPlainText(markdown, mode, revealUrl);
    }

    // Spoiler blocks cannot be told apart in a body Markdig gives up on, so a shielded reader gets only the notice.
    private static RenderedBody AsPlainText(string markdown, SpoilerMode mode, string revealUrl)
    {
        if (mode == SpoilerMode.Omitted) return new RenderedBody("", [], 0) { AsPlainText = true };
        var html = new StringBuilder("<p class=\"body-as-text-note\">This review's text cannot be laid out as written");
        if (mode == SpoilerMode.Shielded)
        {
            html.Append(", and its spoilers cannot be told apart from the rest. <a class=\"reveal\" href=\"").Append(HtmlEncoder.Default.Encode(revealUrl))
                .Append("\">Reveal it</a> to read it as plain text.</p>");
            return new RenderedBody(html.ToString(), [], 1) { AsPlainText = true };
        }
        html.Append("; here it is as plain text.</p><div class=\"body-as-text\">");
        foreach (var paragraph in markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(HtmlEncoder.Default.Encode(paragraph)).Append("</p>");
        return new RenderedBody(html.Append("</div>").ToString(), [], 0) { AsPlainText = true };
    }

    /// <summary>The body as plain text with every spoiler block left out, for JSON-LD reviewBody.</summary>
    public static string PlainTextWithoutSpoilers(string markdown)
    {
        var html = Render(markdown, SpoilerMode.Omitted, "", new Dictionary<string, ReviewImageView>()).Html;
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var text = parser.ParseFragment(html, parser.ParseDocument("").Body!).Select(n => n.TextContent);
        return string.Join(" ", string.Concat(text).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The Markdown with every spoiler block cut out of the source, for API readers whose shield is on.</summary>
    public static (string Markdown, int Omitted) WithoutSpoilers(string markdown)
    {
        // A body Markdig gives up on is left out whole, as one block: its spoilers cannot be told apart.
        if (ReviewMarkdownSyntax.TryParse(markdown) is not { } document) return ("", 1);
        var spans = document.Descendants<CustomContainer>()
            .Where(c => IsSpoiler(c) && !InsideSpoiler(c)).Select(c => c.Span).OrderBy(s => s.Start).ToList();
        if (spans.Count == 0) return (markdown, 0);
        var kept = new StringBuilder(markdown.Length);
        var at = 0;
        foreach (var span in spans)
        {
            kept.Append(markdown, at, span.Start - at);
            at = Math.Min(markdown.Length, span.End + 1);
        }
        kept.Append(markdown, at, markdown.Length - at);
        return (kept.ToString(), spans.Count);
    }

    /// <summary>The file names of uploaded images (/media/…) that a body shows.</summary>
    public static IReadOnlyCollection<string> MediaFilesIn(string markdown) =>
        ReviewMarkdownSyntax.TryParse(markdown) is not { } document ? [] : document.Descendants<LinkInline>()
            .Where(l => l.IsImage && l.Url is { } url && url.StartsWith(ReviewImages.UrlPrefix, StringComparison.Ordinal))
            .Select(l => l.Url![ReviewImages.UrlPrefix.Length..]).Distinct().ToList();

    public static bool IsSpoiler(Block block) => block is CustomContainer { Info: { } info } && info.Trim().Equals(SpoilerContainer, StringComparison.OrdinalIgnoreCase);

    // Headings inside spoiler blocks are left out, so the contents never give anything away.
    private static List<TocEntry> TableOfContents(MarkdownDocument document) =>
        [.. document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && !InsideSpoiler(h) && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(h.GetAttributes().Id!, InlineText(h.Inline), h.Level))];

    private static bool InsideSpoiler(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (IsSpoiler(parent)) return true;
        }
        return false;
    }

    internal static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.UnionWith(["figure", "figcaption", "aside"]);
        sanitizer.AllowedAttributes.UnionWith(["class", "id", "loading"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}

/// <summary>Spoiler blocks (shown, shielded or omitted) and pull quotes.</summary>
internal sealed class ReviewContainerRenderer(SpoilerMode mode, string revealUrl) : HtmlCustomContainerRenderer
{
    public int SpoilerCount { get; private set; }

    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        if (ReviewMarkdown.IsSpoiler(obj))
        {
            var id = $"spoiler-{++SpoilerCount}";
            switch (mode)
            {
                case SpoilerMode.Omitted:
                    return;
                case SpoilerMode.Shielded:
                    // The block's text is not written at all: the shield is a promise about the HTML, not just the screen.
                    renderer.Write($"<div class=\"spoiler spoiler-shielded\" id=\"{id}\"><p><strong>Spoiler hidden.</strong> <a class=\"reveal\" href=\"");
                    renderer.WriteEscapeUrl(revealUrl + "#" + id);
                    renderer.WriteLine("\">Reveal spoiler</a></p></div>");
                    return;
                default:
                    renderer.WriteLine($"<div class=\"spoiler spoiler-revealed\" id=\"{id}\"><p class=\"spoiler-label\">Spoiler</p>");
                    renderer.WriteChildren(obj);
                    renderer.WriteLine("</div>");
                    return;
            }
        }
        var pull = obj.Info?.Trim().Equals(ReviewMarkdown.PullQuoteContainer, StringComparison.OrdinalIgnoreCase) == true;
        renderer.WriteLine(pull ? "<aside class=\"pull-quote\">" : "<div class=\"aside\">");
        renderer.WriteChildren(obj);
        renderer.WriteLine(pull ? "</aside>" : "</div>");
    }
}

/// <summary>A paragraph that is one image becomes a figure with caption and credit, linked to the full image (the lightbox's fallback).</summary>
internal sealed class FigureParagraphRenderer(IReadOnlyDictionary<string, ReviewImageView> images) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.Inline?.FirstChild is not LinkInline { IsImage: true } image || image.NextSibling is not null || image.Url is null)
        {
            base.Write(renderer, obj);
            return;
        }
        var url = image.Url;
        images.TryGetValue(url.StartsWith(ReviewImages.UrlPrefix, StringComparison.Ordinal) ? url[ReviewImages.UrlPrefix.Length..] : "", out var stored);
        var alt = ReviewMarkdown.InlineText(image);
        if (string.IsNullOrWhiteSpace(alt)) alt = stored?.AltText ?? "";
        var caption = string.IsNullOrWhiteSpace(image.Title) ? stored?.Caption : image.Title;
        var credit = stored?.Credit;
        var licence = stored?.Licence;

        renderer.Write("<figure class=\"review-figure\"><a class=\"lightbox-link\" href=\"").WriteEscapeUrl(url).Write("\">");
        renderer.Write("<img src=\"").WriteEscapeUrl(url).Write("\" alt=\"").WriteEscape(alt).Write("\" loading=\"lazy\"");
        if (stored is not null) renderer.Write($" width=\"{stored.Width}\" height=\"{stored.Height}\"");
        renderer.Write("></a>");
        if (caption is not null || credit is not null || licence is not null)
        {
            renderer.Write("<figcaption>");
            if (caption is not null) renderer.Write("<span class=\"caption\">").WriteEscape(caption).Write("</span> ");
            if (credit is not null) renderer.Write("<span class=\"credit\">").WriteEscape(credit).Write("</span>");
            if (licence is not null) renderer.Write(" <span class=\"licence\">(").WriteEscape(licence).Write(")</span>");
            renderer.Write("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }
}

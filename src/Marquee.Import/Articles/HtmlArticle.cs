using System.Text;
using AngleSharp.Dom;

namespace Marquee.Import.Articles;

/// <summary>A saved HTML page → structured data + main text (SmartReader, never downloading) → the text rules.</summary>
public static class HtmlArticle
{
    private static readonly Uri Nowhere = new("https://article.invalid/");

    private static readonly HashSet<string> Blocks = new(
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BR", "TR", "TABLE", "SECTION", "ARTICLE", "HEADER",
         "FOOTER", "BLOCKQUOTE", "FIGCAPTION", "FIGURE", "DT", "DD", "DL", "PRE", "HR", "ASIDE", "MAIN"], StringComparer.Ordinal);

    /// <summary>Reads the page within <see cref="ArticleLimits"/>; <paramref name="ct"/> is the caller's and the time budget's.</summary>
    internal static ExtractedArticle Read(string? html, Uri? url, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(html)) return ExtractedArticle.Empty("the page is empty");
        if (ArticleText.LooksBinary(html)) return ExtractedArticle.Empty("the input looks like binary data, not HTML");
        if (html.Length > ArticleText.MaxLength * 5) html = html[..(ArticleText.MaxLength * 5)];

        var (doc, elements) = BoundedHtml.Parse(html, ct);
        var data = StructuredData.Read(doc);
        ct.ThrowIfCancellationRequested();
        var warnings = new List<string>();
        var text = MainText(html, url, doc, elements, warnings, ct);
        var result = ArticleParser.ReadText(text, ct);
        return result with
        {
            FilmTitle = data.FilmTitle ?? result.FilmTitle,
            PublicationDate = data.Published ?? result.PublicationDate,
            Author = data.Author ?? result.Author,
            Score = data.Score ?? result.Score,
            Directors = result.Directors.Count > 0 ? result.Directors : data.Directors,
            Warnings = [.. warnings, .. result.Warnings],
        };
    }

    private static string MainText(string html, Uri? url, IDocument doc, int elements, List<string> warnings, CancellationToken ct)
    {
        if (elements > ArticleLimits.MainContentElements)
        {
            warnings.Add($"the page has more than {ArticleLimits.MainContentElements:N0} elements, so all of its text was read, not only the article's");
            return ToText(doc.Body);
        }
        var title = doc.QuerySelector("h1")?.TextContent.Trim();
        try
        {
            // SmartReader parses the page again; the bounded parse above has shown that this is cheap.
            var article = new SmartReader.Reader((url ?? Nowhere).ToString(), html).GetArticle();
            ct.ThrowIfCancellationRequested();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                var content = ToText(BoundedHtml.Parse(article.Content, ct).Document.Body);
                var heading = article.Title ?? title;
                return string.IsNullOrWhiteSpace(heading) || content.StartsWith(heading, StringComparison.Ordinal) ? content : heading + "\n\n" + content;
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or ArticleTooComplexException))
        {
            // SmartReader throws assorted exceptions on odd markup; the page body is the fallback.
        }
        return ToText(doc.Body);
    }

    /// <summary>Visible text with one line per block element; scripts, styles and forms are dropped.</summary>
    public static string ToText(IElement? root)
    {
        if (root is null) return "";
        var sb = new StringBuilder();
        Walk(root, sb);
        return sb.ToString();
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        if (node is IElement e)
        {
            if (e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "IFRAME" or "SVG" or "FORM" or "BUTTON" or "NAV") return;
            var block = Blocks.Contains(e.TagName);
            if (block) sb.Append('\n');
            foreach (var child in e.ChildNodes) Walk(child, sb);
            if (block) sb.Append('\n');
        }
        else if (node.NodeType == NodeType.Text)
        {
            sb.Append(node.TextContent.Replace('\n', ' '));
        }
    }
}

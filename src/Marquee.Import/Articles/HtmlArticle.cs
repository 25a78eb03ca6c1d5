using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marquee.Import.Articles;

/// <summary>A saved HTML page → structured data + main text (SmartReader, never downloading) → the text rules.</summary>
public static class HtmlArticle
{
    private static readonly Uri Nowhere = new("https://article.invalid/");

    private static readonly HashSet<string> Blocks = new(
        ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BR", "TR", "TABLE", "SECTION", "ARTICLE", "HEADER",
         "FOOTER", "BLOCKQUOTE", "FIGCAPTION", "FIGURE", "DT", "DD", "DL", "PRE", "HR", "ASIDE", "MAIN"], StringComparer.Ordinal);

    public static ExtractedArticle Parse(string? html, Uri? url)
    {
        if (string.IsNullOrWhiteSpace(html)) return ExtractedArticle.Empty("the page is empty");
        if (ArticleText.LooksBinary(html)) return ExtractedArticle.Empty("the input looks like binary data, not HTML");
        if (html.Length > ArticleText.MaxLength * 5) html = html[..(ArticleText.MaxLength * 5)];

        var doc = new HtmlParser().ParseDocument(html);
        var data = StructuredData.Read(doc);
        var text = MainText(html, url, doc);
        var result = ArticleParser.ParseText(text);
        return result with
        {
            FilmTitle = data.FilmTitle ?? result.FilmTitle,
            PublicationDate = data.Published ?? result.PublicationDate,
            Author = data.Author ?? result.Author,
            Score = data.Score ?? result.Score,
            Directors = result.Directors.Count > 0 ? result.Directors : data.Directors,
        };
    }

    private static string MainText(string html, Uri? url, IDocument doc)
    {
        var title = doc.QuerySelector("h1")?.TextContent.Trim();
        try
        {
            var article = new SmartReader.Reader((url ?? Nowhere).ToString(), html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                var content = ToText(new HtmlParser().ParseDocument(article.Content).Body);
                var heading = article.Title ?? title;
                return string.IsNullOrWhiteSpace(heading) || content.StartsWith(heading, StringComparison.Ordinal) ? content : heading + "\n\n" + content;
            }
        }
        catch (Exception)
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

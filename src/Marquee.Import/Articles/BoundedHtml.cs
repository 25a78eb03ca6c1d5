using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marquee.Import.Articles;

/// <summary>
/// AngleSharp's parser, stopped as soon as the page passes <see cref="ArticleLimits"/>. Its tree builder scans the open
/// elements for each tag, so 400,000 nested elements cost the square of that unless refused on the way down.
/// </summary>
internal static class BoundedHtml
{
    public static (IHtmlDocument Document, int Elements) Parse(string html, CancellationToken ct)
    {
        var elements = 0;
        IElement? previous = null;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            // AngleSharp would flatten deeper elements into siblings while its stack of open elements kept growing.
            MaximumDepth = int.MaxValue,
            OnToken = (_, _) => ct.ThrowIfCancellationRequested(),
            OnCreated = (element, _) =>
            {
                if (++elements > ArticleLimits.Elements) throw ArticleTooComplexException.TooManyElements();
                // An element is announced before it has its attributes and its place; the one before it has both by now.
                Check(previous);
                previous = element;
            },
        });
        var document = parser.ParseDocument(html);
        Check(previous);
        return (document, elements);
    }

    private static void Check(IElement? element)
    {
        if (element is null) return;
        if (element.Attributes.Length > ArticleLimits.AttributesPerElement) throw ArticleTooComplexException.TooManyAttributes();
        var depth = 0;
        for (var node = element.Parent; node is not null; node = node.Parent)
        {
            if (++depth > ArticleLimits.Depth) throw ArticleTooComplexException.TooDeep();
        }
    }
}

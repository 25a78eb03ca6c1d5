using System.Security.Cryptography;
using System.Text;
using Marquee.Data.ArticleImports;
using Marquee.Import.Articles;

namespace Marquee.Import.ArticleImports;

/// <summary>An article as an editor brought it: its name (file name, upload or "pasted text"), kind and text.</summary>
public sealed record ArticleSource(string Name, bool IsHtml, string Text)
{
    public string Kind => IsHtml ? "html" : "text";

    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));

    public bool IsTooLarge => Encoding.UTF8.GetByteCount(Text) > ArticleImportLimits.SourceBytes;

    /// <summary>Why the source cannot be imported at all, or null: empty, binary, or past the size limit.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Text)) return "is empty";
        var bytes = Encoding.UTF8.GetByteCount(Text);
        if (bytes > ArticleImportLimits.SourceBytes)
            return $"is too large ({bytes / 1024.0 / 1024.0:0.0} MB; an article may be at most {ArticleImportLimits.SourceBytes / 1024 / 1024} MB)";
        if (ArticleText.LooksBinary(Text)) return "looks like binary data, not an article";
        return null;
    }

    /// <summary>What the parser reads in the text; past <see cref="ArticleLimits"/> it throws <see cref="ArticleTooComplexException"/>.</summary>
    public ExtractedArticle Parse(CancellationToken ct = default) => IsHtml ? ArticleParser.ParseHtml(Text, null, ct) : ArticleParser.ParseText(Text, ct);
}

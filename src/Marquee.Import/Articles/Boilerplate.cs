using System.Text.RegularExpressions;

namespace Marquee.Import.Articles;

/// <summary>What a page-furniture line is.</summary>
public enum BoilerplateKind
{
    None,
    Control,
    ImageCredit,
    Showtimes,
    Share,
    Newsletter,
    Comments,
    Navigation,
    Byline,
    ReadTime,
    SiteFurniture,
}

/// <summary>A classified line: its kind and, for image credits and bylines, the name it carries.</summary>
public sealed record BoilerplateLine(BoilerplateKind Kind, string? Value = null);

/// <summary>Recognises page furniture that scrapes leave in: "Close", "Image via Neon", share and comment lines, crumbs, bylines.</summary>
public static partial class Boilerplate
{
    [GeneratedRegex(@"^(?:close|expand|collapse|read more|continue reading|advertisement|top of page|back to top|skip to (?:main )?content|menu|search|loading\.*|show (?:more|less)|see more|view gallery|next|previous|print|related film|related films|related articles?|related posts?|related|official site:?|other information|film review|more from .{1,40}|you may also like|recommended|trending|most popular|tags?:.*|filed under:?.*|categor(?:y|ies):.*|reviewed by:?|theatrical distributor:?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex(@"^(?:\(?(?:image|images|photo|photos|photograph|picture|still|credit|image credit|photo credit|pictured)s?\s*(?:via|by|courtesy of|:|-|–)\s*|courtesy of\s+)(?<who>[^.]{1,60}?)\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"\b(?:click (?:below|here) for showtimes|get tickets|buy tickets|find showtimes|showtimes near you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Showtimes();

    [GeneratedRegex(@"^(?:(?:share|tweet|pin|email|e-mail|copy link|facebook|twitter|x|whatsapp|reddit|linkedin|pinterest|flipboard|threads|bluesky)(?:\s+(?:this|on|via|article|post|story|review|it))*[\s|·•/,]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    [GeneratedRegex(@"\b(?:newsletter|subscribe|sign up|sign-up|inbox|unsubscribe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Newsletter();

    [GeneratedRegex(@"^(?:no comments:?|\d+ comments?:?|comments?:?|post a comment|add a comment|leave a (?:comment|reply)|showing \d+-\d+ of \d+|view comments|join the (?:conversation|discussion))$|\bcomments?\b.*\b(?:policy|remove|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\S\s*[»›]\s*\S|^(?:home|news|reviews?|movies|film)\s*[>/|]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"^(?:\d+\s*(?:min|minute)s?\s+read|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|updated\s*:?.{0,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadTime();

    [GeneratedRegex(@"^(?i:by|reviewed by|review by|words by|posted by)\s*:?\s+(?<who>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:\s*[|,·•–-].*)?$")]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^(?:writer|author)['’]s picture\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WritersPicture();

    [GeneratedRegex(@"\b(?:deprecated|javascript|cookie|cookies|privacy policy|terms of (?:use|service)|all rights reserved|©)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    /// <summary>Classifies one line; <paramref name="nearTop"/> lets a bare "- Name" count as a byline.</summary>
    public static BoilerplateLine Classify(ArticleLine line, bool nearTop)
    {
        var text = line.Text.Trim();
        if (Control().IsMatch(text)) return new(BoilerplateKind.Control);
        if (text.Length <= 80 && ImageCredit().Match(text) is { Success: true } credit)
            return new(BoilerplateKind.ImageCredit, credit.Groups["who"].Value.Trim());
        if (line.WordCount <= 25 && Showtimes().IsMatch(text)) return new(BoilerplateKind.Showtimes);
        if (Share().IsMatch(text)) return new(BoilerplateKind.Share);
        if (line.WordCount <= 25 && Newsletter().IsMatch(text)) return new(BoilerplateKind.Newsletter);
        if (Comments().IsMatch(text)) return new(BoilerplateKind.Comments);
        if (line.WordCount <= 12 && Navigation().IsMatch(text)) return new(BoilerplateKind.Navigation);
        if (ReadTime().IsMatch(text)) return new(BoilerplateKind.ReadTime);
        if (WritersPicture().Match(text) is { Success: true } picture)
            return new(BoilerplateKind.Byline, picture.Groups["who"].Value.Trim());
        if (line.WordCount <= 10 && ByLine().Match(text) is { Success: true } by)
            return new(BoilerplateKind.Byline, by.Groups["who"].Value.Trim());
        if (nearTop && line.Bulleted && line.WordCount is >= 2 and <= 4 && NameSpans.IsPersonLike(text))
            return new(BoilerplateKind.Byline, text);
        if (line.WordCount <= 20 && Furniture().IsMatch(text)) return new(BoilerplateKind.SiteFurniture);
        return new(BoilerplateKind.None);
    }

    public static bool IsBoilerplate(ArticleLine line, bool nearTop) => Classify(line, nearTop).Kind != BoilerplateKind.None;
}

using Marquee.Core.Scores;

namespace Marquee.Import.Articles;

/// <summary>An actor–character pair the article states; aliases are other names the text uses for the character.</summary>
public sealed record ExtractedCredit(string Person, string Character, IReadOnlyList<string> CharacterAliases);

/// <summary>Two spellings of one person within one article (body vs card), with the matcher's reason.</summary>
public sealed record NameVariant(string First, string Second, string Reason);

/// <summary>The article's own headline (its first short line), a section heading, or a body paragraph.</summary>
public enum ArticleBlockKind
{
    Headline,
    Heading,
    Paragraph,
}

/// <summary>One block of the article's text, in the article's order.</summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Text);

/// <summary>Everything the importer read from one review article; empty lists and nulls when the text does not say.</summary>
public sealed record ExtractedArticle
{
    public string? FilmTitle { get; init; }
    public DateOnly? PublicationDate { get; init; }
    public string? Author { get; init; }
    public bool HasSpoilerWarning { get; init; }
    public string? SpoilerNote { get; init; }
    public IReadOnlyList<string> Headings { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Headline, headings and paragraphs as the article has them, for building the draft review.</summary>
    public IReadOnlyList<ArticleBlock> Outline { get; init; } = [];
    public IReadOnlyList<string> ImageCredits { get; init; } = [];
    public Score? Score { get; init; }
    public IReadOnlyList<string> Directors { get; init; } = [];
    public IReadOnlyList<string> Writers { get; init; } = [];
    public IReadOnlyList<string> CastList { get; init; } = [];
    public int? RuntimeMinutes { get; init; }
    public DateOnly? ReleaseDateStated { get; init; }
    public IReadOnlyList<ExtractedCredit> Credits { get; init; } = [];
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<NameVariant> NameVariants { get; init; } = [];

    /// <summary>Why the result is empty or partial (empty input, binary data, text cut to size).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static ExtractedArticle Empty(string warning) => new() { Warnings = [warning] };
}

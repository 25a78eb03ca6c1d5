namespace Marquee.Data.ArticleImports;

/// <summary>Where an import is: waiting for an editor, turned into a draft review, or thrown away.</summary>
public enum ImportStatus
{
    Pending,
    DraftCreated,
    Discarded,
}

/// <summary>An editor's verdict on a proposal (a person link or the film match).</summary>
public enum ProposalStatus
{
    Proposed,
    Accepted,
    Rejected,
}

/// <summary>
/// A scraped review brought in for an editor: the source as given, what the importer read from it (as the editor
/// corrected it), the film it matched and the links and credits it proposes. Nothing in the catalogue changes
/// until an editor accepts, except spellings linked with corroboration.
/// </summary>
public class ArticleImport
{
    public int Id { get; set; }

    /// <summary>"text" or "html".</summary>
    public required string SourceKind { get; set; }

    /// <summary>What the source was called: a file name, an upload's name or "pasted text".</summary>
    public required string SourceName { get; set; }
    public required string SourceText { get; set; }

    /// <summary>SHA-256 of the source text, hex: the same article imported twice is found again, not duplicated.</summary>
    public required string SourceHash { get; set; }

    /// <summary>Everything the parser read, as the gold files' JSON; kept as it was, corrections go in the columns below.</summary>
    public required string ExtractedJson { get; set; }

    public string? FilmTitle { get; set; }
    public DateOnly? PublicationDate { get; set; }
    public string? ScoreText { get; set; }
    public bool HasSpoilerWarning { get; set; }
    public string? SpoilerNote { get; set; }
    public List<string> Directors { get; set; } = [];
    public string Headline { get; set; } = "";
    public string Dek { get; set; } = "";

    /// <summary>The draft's body in Markdown, built from the article's headings and paragraphs.</summary>
    public string Body { get; set; } = "";

    public int? FilmId { get; set; }
    public ProposalStatus FilmStatus { get; set; }
    public string? FilmReason { get; set; }

    /// <summary>When no film in the catalogue matches: the film the article is about, for an editor to add.</summary>
    public int? ProposedFilmYear { get; set; }

    public ImportStatus Status { get; set; }
    public int? ReviewId { get; set; }
    public required string CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<ProposedLink> Links { get; set; } = [];
    public List<ProposedCredit> Credits { get; set; } = [];
}

/// <summary>A spelling in the article that names a person already in the catalogue, with the matcher's reason.</summary>
public class ProposedLink
{
    public int Id { get; set; }
    public int ArticleImportId { get; set; }
    public required string Spelling { get; set; }
    public int PersonId { get; set; }
    public required string Reason { get; set; }

    /// <summary>What corroborated it ("the same film", "the card and body of one article"), or "none".</summary>
    public required string Evidence { get; set; }
    public double Confidence { get; set; }
    public ProposalStatus Status { get; set; }

    /// <summary>True when the importer linked it itself (corroborated); false when an editor decided.</summary>
    public bool Automatic { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
}

/// <summary>An actor–character pair the article states, with the person it was linked to if any.</summary>
public class ProposedCredit
{
    public int Id { get; set; }
    public int ArticleImportId { get; set; }
    public int Order { get; set; }
    public required string Person { get; set; }
    public int? PersonId { get; set; }
    public required string Character { get; set; }
    public List<string> CharacterAliases { get; set; } = [];
}

namespace Marquee.Data.People;

public sealed record AliasView(int Id, string Name, string Slug, string Script, string? Source);

public sealed record CastRole(string FilmSlug, string FilmTitle, int? Year, string? Character, IReadOnlyList<string> CharacterAliases, string? CreditedAs);

public sealed record CrewJob(string FilmSlug, string FilmTitle, int? Year, string? Department, string? Job, string? CreditedAs);

/// <summary>A person as their page and the API show them.</summary>
public sealed record PersonDetails(
    int Id,
    string Slug,
    string Name,
    int? BirthYear,
    int? DeathYear,
    Films.ExternalIds ExternalIds,
    IReadOnlyList<AliasView> Aliases,
    IReadOnlyList<CastRole> Cast,
    IReadOnlyList<CrewJob> Crew,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

public sealed record PersonSummary(string Slug, string Name, int? BirthYear, int Credits, IReadOnlyList<string> Aliases);

/// <summary>A person as a client writes them.</summary>
public sealed record PersonInput(string? Slug, string? Name, int? BirthYear = null, int? DeathYear = null, string? ImdbId = null, int? TmdbId = null, string? WikidataId = null);

/// <summary>Another spelling; the script is detected when not given.</summary>
public sealed record AliasInput(string? Name, string? Script = null, string? Source = null);

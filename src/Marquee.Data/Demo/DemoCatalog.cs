namespace Marquee.Data.Demo;

// The shape of Demo/demo-catalog.json: films and people written by us from public facts.
internal sealed record DemoCatalog(List<DemoPerson> People, List<DemoFilm> Films);

internal sealed record DemoPerson(string Slug, string Name, int? BirthYear, string? ImdbId, List<DemoAlias>? Aliases);

internal sealed record DemoAlias(string Name, string? Script, string? Source);

internal sealed record DemoFilm(
    string Slug,
    string Title,
    string? OriginalTitle,
    int? Year,
    string? Logline,
    string? Synopsis,
    int? RuntimeMinutes,
    List<string>? Genres,
    string? OriginalLanguage,
    List<string>? Countries,
    List<string>? ProductionCompanies,
    List<string>? Distributors,
    string? ImdbId,
    int? TmdbId,
    string? WikidataId,
    List<DemoRelease>? ReleaseDates,
    List<DemoCrew>? Crew,
    List<DemoCast>? Cast);

internal sealed record DemoRelease(string Country, string Type, DateOnly Date, string? Note);

internal sealed record DemoCrew(string Person, string? Department, string Job);

internal sealed record DemoCast(string Person, string? Character, List<string>? CharacterAliases, string? CreditedAs);

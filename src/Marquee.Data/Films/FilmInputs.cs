namespace Marquee.Data.Films;

/// <summary>A film as a client writes it. On update every field is replaced; a missing slug is made from title and year.</summary>
public sealed record FilmInput(
    string? Slug,
    string? Title,
    string? OriginalTitle = null,
    int? Year = null,
    string? Logline = null,
    string? Synopsis = null,
    int? RuntimeMinutes = null,
    List<string>? Genres = null,
    string? OriginalLanguage = null,
    List<string>? Countries = null,
    List<string>? ProductionCompanies = null,
    List<string>? Distributors = null,
    string? ImdbId = null,
    int? TmdbId = null,
    string? WikidataId = null);

/// <summary>One cast or crew credit: <c>kind</c> is "cast" or "crew"; <c>person</c> is a person's slug.</summary>
public sealed record CreditInput(
    string? Kind,
    string? Person,
    string? Character = null,
    List<string>? CharacterAliases = null,
    int? Order = null,
    string? CreditedAs = null,
    string? Department = null,
    string? Job = null);

/// <summary>One release: country (ISO 3166-1), type (premiere, limited, theatrical, digital, physical, tv), date.</summary>
public sealed record ReleaseDateInput(string? Country, string? Type, DateOnly? Date, string? Note = null);

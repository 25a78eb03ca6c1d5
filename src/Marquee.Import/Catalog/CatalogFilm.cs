namespace Marquee.Import.Catalog;

public sealed record CatalogPerson(string Name, string? ImdbId = null);

/// <summary>A credit as a catalogue states it: a person in a role (cast, with a character) or a crew job.</summary>
public sealed record CatalogCredit(CatalogPerson Person, bool Cast, string? Character, int Order, string? Department = null, string? Job = null);

/// <summary>
/// A film as the non-IMDb catalogues describe it, whatever their format: the common shape their parsers produce
/// and <see cref="CatalogFilmStore"/> merges. Directors are names; credits carry the rest of the cast and crew.
/// </summary>
public sealed record CatalogFilm(
    string Title,
    int? Year,
    int? RuntimeMinutes = null,
    IReadOnlyList<string>? Genres = null,
    string? ImdbId = null,
    IReadOnlyList<string>? Directors = null,
    IReadOnlyList<CatalogCredit>? Credits = null,
    string? Distributor = null,
    double? ImdbRating = null,
    int? ImdbVotes = null);

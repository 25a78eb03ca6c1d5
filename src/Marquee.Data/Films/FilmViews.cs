using Marquee.Core.Releases;
using Marquee.Data.Reviews;

namespace Marquee.Data.Films;

public sealed record ExternalIds(string? Imdb, int? Tmdb, string? Wikidata);

public sealed record PersonRef(string Slug, string Name);

public sealed record CastCredit(int Id, string PersonSlug, string Name, string? Character, IReadOnlyList<string> CharacterAliases, int Order, string? CreditedAs);

public sealed record CrewCredit(int Id, string PersonSlug, string Name, string? Department, string? Job, int Order, string? CreditedAs);

public sealed record ReleaseDateView(int Id, string Country, string Type, DateOnly Date, string? Note);

public sealed record AlternativeTitleView(string Title, string? Region, string? Language);

/// <summary>A film as its page and the API show it.</summary>
public sealed record FilmDetails(
    int Id,
    string Slug,
    string Title,
    string? OriginalTitle,
    int? Year,
    string? Logline,
    string? Synopsis,
    int? RuntimeMinutes,
    IReadOnlyList<string> Genres,
    string? OriginalLanguage,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> ProductionCompanies,
    IReadOnlyList<string> Distributors,
    ExternalIds ExternalIds,
    IReadOnlyList<PersonRef> Directors,
    IReadOnlyList<CastCredit> Cast,
    IReadOnlyList<CrewCredit> Crew,
    IReadOnlyList<ReleaseDateView> ReleaseDates,
    IReadOnlyList<AlternativeTitleView> AlternativeTitles,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

/// <summary>A film in a list.</summary>
public sealed record FilmSummary(string Slug, string Title, int? Year, int? RuntimeMinutes, IReadOnlyList<string> Genres, IReadOnlyList<string> Directors, DateOnly? FirstRelease);

public enum FilmSort
{
    Title,
    Year,
    Release,
    Added,
}

/// <summary>Filters and order for browsing films; every field optional.</summary>
public sealed record FilmListQuery(int Page = 1, int PageSize = 24, int? Year = null, string? Genre = null, string? Person = null, FilmSort Sort = FilmSort.Title, bool Descending = false)
{
    public const int MaxPageSize = 100;
}

/// <summary>A film as a page about it shows it: the details, the critics' reviews and score, its info card and its picture if it has one.</summary>
public sealed record FilmPage(FilmDetails Film, FilmScores Scores, FilmInfoCard Card, FilmPicture? Picture);

/// <summary>A picture of a film: its address under the media folder and its words.</summary>
public sealed record FilmPicture(string Url, string AltText);

/// <summary>
/// Everything the film info card shows, for one reader's country: the synopsis (the logline when there is none), the
/// release dated and described for that country, the showtimes link, and the critics' score when there is one.
/// </summary>
public sealed record FilmInfoCard(
    string Slug, string Title, int? Year, string? Synopsis, ReleaseStatus Release, IReadOnlyList<PersonRef> Directors,
    IReadOnlyList<CastCredit> Cast, int? RuntimeMinutes, IReadOnlyList<string> Genres, CriticAggregate? Critics);

namespace Marquee.Data.Showtimes;

/// <summary>A cinema as pages and the API show it.</summary>
public sealed record CinemaView(
    int Id, string Slug, string Name, string? Address, string City, string? PostalCode, string Country,
    double Latitude, double Longitude, string TimeZone, int Screens, string? Website, long Version);

/// <summary>A screening with its film and cinema, its start both in UTC and on the cinema's clock, and the programme day it belongs to.</summary>
public sealed record ScreeningView(
    int Id,
    string FilmSlug,
    string FilmTitle,
    int? FilmYear,
    int? RuntimeMinutes,
    string CinemaSlug,
    string CinemaName,
    string City,
    string Country,
    string TimeZone,
    string Screen,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset StartsAtLocal,
    DateOnly Day,
    string Format,
    string? AudioLanguage,
    string? Subtitles,
    bool Captions,
    bool AudioDescription,
    string? TicketUrl,
    decimal? Price,
    string? Currency,
    bool SoldOut,
    long Version);

/// <summary>Filters for listing screenings; every field optional. Days are programme days on each cinema's clock.</summary>
public sealed record ScreeningFilter(
    string? Film = null,
    string? Cinema = null,
    string? City = null,
    string? Country = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 100)
{
    public const int MaxPageSize = 500;
}

/// <summary>One row the import refused, and why.</summary>
public sealed record ImportProblem(int Line, string Field, string Reason);

/// <summary>What an import did: rows added, changed, already there, and the rows refused with their reasons.</summary>
public sealed record ImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<int> ScreeningIds)
{
    public int Accepted => Added + Updated + Unchanged;
}

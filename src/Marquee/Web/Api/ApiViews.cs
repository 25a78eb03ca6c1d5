using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.Showtimes;

namespace Marquee.Web.Api;

/// <summary>One page of a list as the API sends it: the items and what a pager needs.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount)
{
    public static ApiPage<T> Of(Paged<T> page) => new(page.Items, page.Page, page.PageSize, page.Total, page.PageCount);
}

/// <summary>A whole list, not paged.</summary>
public sealed record ApiList<T>(IReadOnlyList<T> Items);

/// <summary>A film's cast and crew.</summary>
public sealed record FilmCredits(IReadOnlyList<CastCredit> Cast, IReadOnlyList<CrewCredit> Crew);

/// <summary>One credit as written: the person's slug and the fields of its kind (cast: character; crew: department, job).</summary>
public sealed record CreditView(
    int Id, string? Kind, string? PersonSlug, string? Character, IReadOnlyList<string> CharacterAliases, int Order,
    string? CreditedAs, string? Department, string? Job, long Version);

/// <summary>What a showtime feed upload did: rows added, updated and unchanged, and each refused row's line and reason.</summary>
public sealed record FeedImportReport(int Added, int Updated, int Unchanged, int Rejected, IReadOnlyList<ImportProblem> Problems);

/// <summary>The multipart form of an image upload (read by hand, after its size checks; declared for the API document).</summary>
public sealed record ReviewImageUpload(IFormFile File, string? AltText = null, string? Caption = null, string? Credit = null, string? Licence = null);

/// <summary>A JSON showtime feed, as the document describes it: the rows (a bare array of them is taken too).</summary>
public sealed record ScreeningFeed(IReadOnlyList<ScreeningFeedRow> Screenings);

/// <summary>
/// One row of a JSON showtime feed: the CSV columns (<see cref="Marquee.Core.Showtimes.ShowtimeFeed.Columns"/>) in camelCase.
/// Film, screen and local time are required (defaults mark the optional ones), with cinemaId or cinema and city.
/// </summary>
public sealed record ScreeningFeedRow(
    string Film, string Screen, string LocalTime, string? CinemaId = null, string? Cinema = null, string? City = null, string? TimeZone = null,
    string? Format = null, string? AudioLanguage = null, string? Subtitles = null, bool? Captions = null, bool? AudioDescription = null,
    string? TicketUrl = null, decimal? Price = null, string? Currency = null, bool? SoldOut = null);

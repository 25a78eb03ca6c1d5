using Marquee.Core.Common;
using Marquee.Core.Films;

namespace Marquee.Core.Showtimes;

/// <summary>One showing of a film on one screen. StartsAt is stored in UTC and shown in the cinema's time zone.</summary>
public class Screening : IEditable
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public Film? Film { get; set; }
    public int CinemaId { get; set; }
    public Cinema? Cinema { get; set; }
    public required string Screen { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public ScreeningFormat Format { get; set; } = ScreeningFormat.TwoD;
    public string? AudioLanguage { get; set; }
    public string? Subtitles { get; set; }
    public bool Captions { get; set; }
    public bool AudioDescription { get; set; }
    public string? TicketUrl { get; set; }
    public decimal? Price { get; set; }
    public string? Currency { get; set; }
    public bool SoldOut { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

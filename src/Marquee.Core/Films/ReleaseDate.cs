using Marquee.Core.Common;

namespace Marquee.Core.Films;

/// <summary>One release of a film in one country: its type, date and a note ("Cannes Film Festival").</summary>
public class ReleaseDate : IEditable
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public Film? Film { get; set; }
    public required string Country { get; set; }
    public ReleaseType Type { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

using Marquee.Core.Common;

namespace Marquee.Core.Showtimes;

/// <summary>A cinema: where it is (for "nearest first"), and the IANA time zone its screenings are shown in.</summary>
public class Cinema : IEditable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
    public required string City { get; set; }
    public string? PostalCode { get; set; }
    public required string Country { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public required string TimeZone { get; set; }
    public int Screens { get; set; } = 1;
    public string? Website { get; set; }

    public List<Screening> Screenings { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

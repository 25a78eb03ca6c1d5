using Marquee.Core.People;

namespace Marquee.Core.Films;

/// <summary>A picture of a film or a person, with the credit a publication must show ("Image via Neon").</summary>
public class Image
{
    public int Id { get; set; }
    public int? FilmId { get; set; }
    public Film? Film { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public required string FileName { get; set; }
    public required string AltText { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? Licence { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

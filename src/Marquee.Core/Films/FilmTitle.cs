namespace Marquee.Core.Films;

/// <summary>Another title a film is known by, in a region or language ("Anora" → "Анора", RU).</summary>
public class FilmTitle
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public required string Title { get; set; }
    public string? Region { get; set; }
    public string? Language { get; set; }
    public string? Kind { get; set; }
}

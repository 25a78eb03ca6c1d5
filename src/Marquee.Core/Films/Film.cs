using Marquee.Core.Common;

namespace Marquee.Core.Films;

/// <summary>A film in the catalogue.</summary>
public class Film : IEditable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? OriginalTitle { get; set; }

    /// <summary>Derived from <see cref="Title"/> by <see cref="TitleSort"/>; kept in a column so lists sort in SQL.</summary>
    public string SortTitle { get; set; } = "";
    public int? Year { get; set; }
    public string? Logline { get; set; }
    public string? Synopsis { get; set; }
    public int? RuntimeMinutes { get; set; }
    public List<string> Genres { get; set; } = [];
    public string? OriginalLanguage { get; set; }
    public List<string> Countries { get; set; } = [];
    public List<string> ProductionCompanies { get; set; } = [];
    public List<string> Distributors { get; set; } = [];
    public string? ImdbId { get; set; }
    public int? TmdbId { get; set; }
    public string? WikidataId { get; set; }

    public List<Credit> Credits { get; set; } = [];
    public List<ReleaseDate> ReleaseDates { get; set; } = [];
    public List<FilmTitle> AlternativeTitles { get; set; } = [];
    public List<Image> Images { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

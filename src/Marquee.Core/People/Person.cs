using Marquee.Core.Common;
using Marquee.Core.Films;

namespace Marquee.Core.People;

/// <summary>A person in the catalogue, known by one display name and every other spelling in <see cref="Aliases"/>.</summary>
public class Person : IEditable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int? BirthYear { get; set; }
    public int? DeathYear { get; set; }
    public string? ImdbId { get; set; }
    public int? TmdbId { get; set; }
    public string? WikidataId { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];
    public List<Credit> Credits { get; set; } = [];
    public List<Image> Images { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

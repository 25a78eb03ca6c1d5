using Marquee.Core.Films;
using Marquee.Core.People;

namespace Marquee.Data.Search;

public enum SearchKind
{
    Film = 1,
    Person = 2,
    Review = 3,
}

/// <summary>One searchable name of a film or person (a title, an alternative title, a spelling): derived data, rebuilt from the catalogue.</summary>
public class SearchDocument
{
    public long Id { get; set; }
    public SearchKind Kind { get; set; }
    public int? FilmId { get; set; }
    public Film? Film { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>The name as written ("Анора", "Mark Eidelstein").</summary>
    public required string Name { get; set; }

    /// <summary>The normalised search key of <see cref="Name"/> (see <see cref="Core.Search.SearchKey"/>).</summary>
    public required string Key { get; set; }

    /// <summary>True for a film's title or a person's display name; false for alternative titles and aliases.</summary>
    public bool IsPrimary { get; set; }
    public int? Year { get; set; }

    /// <summary>How well known: a film's votes, a person's number of credits.</summary>
    public double Weight { get; set; }
}

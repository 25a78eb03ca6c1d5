namespace Marquee.Core.People;

/// <summary>Another spelling of a person's name ("Mark Eidelstein"), with its script and where it was seen.</summary>
public class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Name { get; set; }

    /// <summary>The alias's own slug, so that /people/{alias-slug} redirects to the person.</summary>
    public required string Slug { get; set; }

    /// <summary>Latin, Cyrillic, Han… as detected by <see cref="Scripts"/>.</summary>
    public required string Script { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

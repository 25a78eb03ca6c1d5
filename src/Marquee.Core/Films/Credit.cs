using Marquee.Core.Common;
using Marquee.Core.People;

namespace Marquee.Core.Films;

public enum CreditKind
{
    Cast = 1,
    Crew = 2,
}

/// <summary>A person's part in a film: a cast role with its character, or a crew job.</summary>
public class Credit : IEditable
{
    public int Id { get; set; }
    public int FilmId { get; set; }
    public Film? Film { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public CreditKind Kind { get; set; }

    /// <summary>Cast only: the character's main name ("Anora").</summary>
    public string? Character { get; set; }

    /// <summary>Cast only: other names the character goes by ("Ani").</summary>
    public List<string> CharacterAliases { get; set; } = [];

    /// <summary>Billing order, 0 first.</summary>
    public int Order { get; set; }

    /// <summary>The name this film credited the person as, when not the canonical one.</summary>
    public string? CreditedAs { get; set; }

    /// <summary>Crew only: "Directing", "Writing", "Camera"…</summary>
    public string? Department { get; set; }

    /// <summary>Crew only: "Director", "Screenplay", "Editor"…</summary>
    public string? Job { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

using Marquee.Core.Reviews;

namespace Marquee.Data.Search;

/// <summary>
/// The searchable text of one published review (derived data, kept by <see cref="SearchIndexInterceptor"/>): what a
/// reader with the spoiler shield on may match, and the spoiler text apart, so the shield can leave it out.
/// </summary>
public class ReviewSearchEntry
{
    public int ReviewId { get; set; }
    public Review? Review { get; set; }
    public int FilmId { get; set; }

    /// <summary>The dek and the body as plain text without anything the shield hides: the only source of snippets.</summary>
    public required string Excerpt { get; set; }

    /// <summary>The search key of the headline, dek and body without spoilers.</summary>
    public required string Key { get; set; }

    /// <summary>The search key of the spoiler blocks (the whole body of a full-spoiler review); empty when none.</summary>
    public required string SpoilerKey { get; set; }
}

/// <summary>Where a reader's spoiler shield is down: everywhere, or for the films they marked as seen (by slug).</summary>
public sealed record ReviewShield(bool OffEverywhere, IReadOnlyCollection<string> SeenFilms)
{
    public static readonly ReviewShield On = new(false, []);
}

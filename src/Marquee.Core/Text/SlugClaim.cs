namespace Marquee.Core.Text;

/// <summary>
/// How a slug that may be taken is claimed, for films, people and reviews alike, from the API, the editor's desk, the
/// catalogue importers and IMDb's bulk merge. A slug someone asked for is theirs or a conflict (409); a slug made from
/// a title or name takes the first free of <see cref="Candidates"/>, since two films may share a title and year.
/// </summary>
public static class SlugClaim
{
    /// <summary>
    /// The slugs to try, in order, for a slug made from a title or name: the base ("restless-2011"); then the base with
    /// a distinguishing id when the caller has one, such as an IMDb id that stays the same on every import
    /// ("restless-2011-tt1438200"); then numbered from 2 ("restless-2011-2", "restless-2011-3", or after the id). The
    /// base is shortened to leave room for its suffix within <see cref="Slug.MaxLength"/>.
    /// </summary>
    public static IEnumerable<string> Candidates(string slugBase, string? id = null)
    {
        var tail = id is null ? "" : Slug.From(id);
        var first = Cut(slugBase.Length == 0 ? tail : slugBase, Slug.MaxLength);
        if (first.Length > 0) yield return first;
        if (tail.Length > 0 && slugBase.Length > 0) yield return Suffixed(slugBase, tail);
        var stem = slugBase.Length == 0 ? tail : slugBase;
        var after = slugBase.Length == 0 || tail.Length == 0 ? "" : $"{tail}-";
        for (var n = 2; ; n++) yield return Suffixed(stem, $"{after}{n}");
    }

    /// <summary>The first of <see cref="Candidates"/> that is not taken.</summary>
    public static string FirstFree(string slugBase, string? id, Func<string, bool> isTaken) =>
        Candidates(slugBase, id).First(c => !isTaken(c));

    private static string Suffixed(string slugBase, string suffix) => $"{Cut(slugBase, Slug.MaxLength - suffix.Length - 1)}-{suffix}".Trim('-');

    private static string Cut(string slug, int length) => slug.Length <= length ? slug : slug[..length].TrimEnd('-');
}

using Marquee.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data;

/// <summary><see cref="SlugClaim"/> against a table's slugs: one query for the slugs that start like the candidates.</summary>
public static class FreeSlugs
{
    /// <summary>The slug asked for, or null when it is taken (the caller's conflict); with none asked, the first free made from the base.</summary>
    public static async Task<string?> ClaimAsync(IQueryable<string> slugs, string? asked, string slugBase, string? id, CancellationToken ct) =>
        asked is not null
            ? await slugs.AnyAsync(s => s == asked, ct) ? null : asked
            : await FirstFreeAsync(slugs, slugBase, id, ct);

    public static async Task<string> FirstFreeAsync(IQueryable<string> slugs, string slugBase, string? id, CancellationToken ct)
    {
        // Every candidate starts with the base cut to leave room for the longest suffix tried in practice.
        var stem = slugBase.Length > Slug.MaxLength - 24 ? slugBase[..(Slug.MaxLength - 24)].TrimEnd('-') : slugBase;
        var taken = (await slugs.Where(s => s.StartsWith(stem)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return SlugClaim.FirstFree(slugBase, id, taken.Contains);
    }
}

using Marquee.Data;
using Marquee.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.ArticleImports;

/// <summary>Keeps a linked spelling as an alias of the person, once; never touches the person's own record.</summary>
internal static class ArticleAliases
{
    public static async Task<bool> AddIfNewAsync(MarqueeDbContext db, PersonCommands people, int personId, string spelling, string source, CancellationToken ct)
    {
        var known = await db.People.AnyAsync(p => p.Id == personId && (p.Name == spelling || p.Aliases.Any(a => a.Name == spelling)), ct)
            || db.PersonAliases.Local.Any(a => a.PersonId == personId && a.Name == spelling);
        if (known) return false;
        db.PersonAliases.Add(people.NewAlias(personId, spelling, null, $"article import: {source}"));
        return true;
    }
}

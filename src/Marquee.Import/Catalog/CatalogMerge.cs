using Marquee.Core.Common;
using Marquee.Core.Text;
using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Data;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.Catalog;

/// <summary>
/// The merge rules every catalogue import shares, a batch at a time: films by external id, else by title and year;
/// people by external id, else by a name or alias with no conflicting birth year; slugs that never collide.
/// </summary>
internal sealed class CatalogMerge(MarqueeDbContext db)
{
    /// <summary>Films with these IMDb ids, tracked, keyed by id.</summary>
    public async Task<Dictionary<string, Film>> FilmsByImdbAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? [] : await db.Films.Where(f => f.ImdbId != null && list.Contains(f.ImdbId)).ToDictionaryAsync(f => f.ImdbId!, ct);
    }

    /// <summary>Films without an IMDb id whose title is one of these, tracked: the candidates for a title-and-year merge.</summary>
    public async Task<List<Film>> FilmsByTitleAsync(IEnumerable<string> titles, bool withoutImdbIdOnly, CancellationToken ct)
    {
        var list = titles.Distinct().ToList();
        if (list.Count == 0) return [];
        // Title only, so the (Title, Year) index serves it; an OR with OriginalTitle would scan every film per batch.
        var query = db.Films.Where(f => list.Contains(f.Title));
        if (withoutImdbIdOnly) query = query.Where(f => f.ImdbId == null);
        return await query.ToListAsync(ct);
    }

    /// <summary>Directors' names per film, for telling apart two films of one title and year.</summary>
    public async Task<ILookup<int, string>> DirectorsAsync(IEnumerable<int> filmIds, CancellationToken ct)
    {
        var ids = filmIds.Distinct().ToList();
        var rows = ids.Count == 0 ? [] : await db.Credits.AsNoTracking()
            .Where(c => ids.Contains(c.FilmId) && c.Kind == CreditKind.Crew && c.Job == CrewJobs.Director)
            .Select(c => new { c.FilmId, c.Person!.Name }).ToListAsync(ct);
        return rows.ToLookup(r => r.FilmId, r => r.Name);
    }

    /// <summary>People named so (by display name or alias), tracked, for a merge by name.</summary>
    public async Task<List<Person>> PeopleByNameAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var list = names.Distinct().ToList();
        if (list.Count == 0) return [];
        // Two indexed look-ups rather than one OR, which would scan every person per batch.
        var ids = await db.People.Where(p => list.Contains(p.Name)).Select(p => p.Id)
            .Union(db.PersonAliases.Where(a => list.Contains(a.Name)).Select(a => a.PersonId)).ToListAsync(ct);
        return ids.Count == 0 ? [] : await db.People.Where(p => ids.Contains(p.Id)).Include(p => p.Aliases).ToListAsync(ct);
    }

    /// <summary>The slugs these rows may claim that films already hold (<see cref="SlugClaim.Candidates"/>).</summary>
    public async Task<SlugClaims> FilmSlugsAsync(IEnumerable<(string Base, string? Id)> rows, CancellationToken ct) =>
        new(await TakenAsync(db.Films.AsNoTracking().Select(f => f.Slug), rows, ct));

    public async Task<SlugClaims> PersonSlugsAsync(IEnumerable<(string Base, string? Id)> rows, CancellationToken ct) =>
        new(await TakenAsync(db.People.AsNoTracking().Select(p => p.Slug), rows, ct));

    private static async Task<List<string>> TakenAsync(IQueryable<string> slugs, IEnumerable<(string Base, string? Id)> rows, CancellationToken ct)
    {
        var list = rows.SelectMany(r => SlugClaim.Candidates(r.Base, r.Id).Take(SlugClaims.LookedUp)).Distinct().ToList();
        // One parameter for the whole list: a batch's candidates outnumber what SQLite allows as separate parameters.
        return list.Count == 0 ? [] : await slugs.Where(s => EF.Parameter(list).Contains(s)).ToListAsync(ct);
    }

    /// <summary>Keys of the credits these films already have: (film, person, cast, crew department).</summary>
    public async Task<HashSet<(int, int, CreditKind, string)>> CreditKeysAsync(IEnumerable<int> filmIds, CancellationToken ct)
    {
        var ids = filmIds.Distinct().ToList();
        var rows = ids.Count == 0 ? [] : await db.Credits.AsNoTracking().Where(c => ids.Contains(c.FilmId))
            .Select(c => new { c.FilmId, c.PersonId, c.Kind, c.Department }).ToListAsync(ct);
        return rows.Select(r => CreditKey(r.FilmId, r.PersonId, r.Kind, r.Department)).ToHashSet();
    }

    /// <summary>A person is credited once per film as cast and once per crew department.</summary>
    public static (int, int, CreditKind, string) CreditKey(int filmId, int personId, CreditKind kind, string? department) =>
        (filmId, personId, kind, kind == CreditKind.Cast ? "" : department ?? "");

    public static string FilmSlugBase(string title, int? year) => Slug.From(year is null ? title : $"{title} {year}");

    /// <summary>A person's slug base; "person" for a name with no letters or digits.</summary>
    public static string PersonSlugBase(string name) => Slug.From(name) is { Length: > 0 } slug ? slug : "person";

    /// <summary>Sets a value when it differs; true when it changed.</summary>
    public static bool Set<T>(T current, T value, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, value)) return false;
        assign(value);
        return true;
    }
}

/// <summary>Slugs taken so far in a batch, so two new films of one title never get the same slug (claimed by <see cref="SlugClaim"/>).</summary>
internal sealed class SlugClaims(IEnumerable<string> taken)
{
    /// <summary>How many of a row's candidates are looked up before the batch: the base, the id and the first numbers.</summary>
    public const int LookedUp = 4;

    private readonly HashSet<string> taken = taken.ToHashSet(StringComparer.Ordinal);

    public string Claim(string slugBase, string? id)
    {
        var slug = SlugClaim.FirstFree(slugBase, id, taken.Contains);
        taken.Add(slug);
        return slug;
    }
}

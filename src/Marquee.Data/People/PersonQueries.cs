using Marquee.Core.Films;
using Marquee.Data.Films;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.People;

/// <summary>Reads people for pages and the API.</summary>
public sealed class PersonQueries(MarqueeDbContext db)
{
    public async Task<PersonDetails?> GetDetailsAsync(string slug, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.BirthYear, p.DeathYear, p.ImdbId, p.TmdbId, p.WikidataId, p.CreatedAt, p.UpdatedAt, p.Version })
            .SingleOrDefaultAsync(ct);
        if (person is null) return null;

        var aliases = await db.PersonAliases.AsNoTracking()
            .Where(a => a.PersonId == person.Id)
            .OrderBy(a => a.Id)
            .Select(a => new AliasView(a.Id, a.Name, a.Slug, a.Script, a.Source))
            .ToListAsync(ct);
        var credits = await db.Credits.AsNoTracking()
            .Where(c => c.PersonId == person.Id)
            .OrderByDescending(c => c.Film!.Year).ThenBy(c => c.Film!.Title)
            .Select(c => new { c.Kind, c.Film!.Slug, c.Film.Title, c.Film.Year, c.Character, c.CharacterAliases, c.CreditedAs, c.Department, c.Job })
            .ToListAsync(ct);

        return new PersonDetails(
            person.Id, person.Slug, person.Name, person.BirthYear, person.DeathYear,
            new ExternalIds(person.ImdbId, person.TmdbId, person.WikidataId),
            aliases,
            credits.Where(c => c.Kind == CreditKind.Cast).Select(c => new CastRole(c.Slug, c.Title, c.Year, c.Character, c.CharacterAliases, c.CreditedAs)).ToList(),
            credits.Where(c => c.Kind == CreditKind.Crew).Select(c => new CrewJob(c.Slug, c.Title, c.Year, c.Department, c.Job, c.CreditedAs)).ToList(),
            person.CreatedAt, person.UpdatedAt, person.Version);
    }

    /// <summary>The canonical slug for a slug that names a person or one of their aliases; null when neither.</summary>
    public async Task<string?> ResolveSlugAsync(string slug, CancellationToken ct = default)
    {
        if (await db.People.AnyAsync(p => p.Slug == slug, ct)) return slug;
        var owners = await db.PersonAliases.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => a.Person!.Slug)
            .Distinct()
            .OrderBy(s => s)
            .Take(2)
            .ToListAsync(ct);
        // An alias slug shared by two people is ambiguous: better a 404 than the wrong person.
        return owners.Count == 1 ? owners[0] : null;
    }

    public async Task<Paged<PersonSummary>> ListAsync(int page, int pageSize, string? namePrefix, CancellationToken ct = default)
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(namePrefix))
        {
            var prefix = namePrefix.Trim().ToLower();
            people = people.Where(p => p.Name.ToLower().StartsWith(prefix) || p.Aliases.Any(a => a.Name.ToLower().StartsWith(prefix)));
        }
        var total = await people.CountAsync(ct);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, FilmListQuery.MaxPageSize);
        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new PersonSummary(p.Slug, p.Name, p.BirthYear, p.Credits.Count, p.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList()))
            .ToListAsync(ct);
        return new Paged<PersonSummary>(rows, page, pageSize, total);
    }
}

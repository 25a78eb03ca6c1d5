using Marquee.Core.Common;
using Marquee.Core.People;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Data.People;

/// <summary>Writes people and their aliases. Each call is one transaction.</summary>
public sealed class PersonCommands(MarqueeDbContext db, TimeProvider clock)
{
    private readonly PersonInputValidator personValidator = new(clock);
    private readonly AliasInputValidator aliasValidator = new();

    public async Task<CommandResult<Person>> CreateAsync(PersonInput input, CancellationToken ct = default)
    {
        if (Validation.Check(personValidator, input) is { } errors) return CommandResult<Person>.Invalid(errors);
        var slugBase = Slug.From(input.Name!);
        if (input.Slug is null && !Slug.IsValid(slugBase)) return CommandResult<Person>.Invalid("slug", "Cannot make a slug from this name; give one.");
        var slug = await FreeSlugs.ClaimAsync(db.People.Select(p => p.Slug), input.Slug, slugBase, input.ImdbId, ct);
        if (slug is null) return CommandResult<Person>.Conflict("slug", $"A person with the slug '{input.Slug}' exists.");
        var person = new Person { Slug = slug, Name = input.Name!.Trim() };
        Apply(person, input);
        db.People.Add(person);
        return await SaveAsync(person, created: true, ct);
    }

    public async Task<CommandResult<Person>> UpdateAsync(string slug, PersonInput input, long? expectedVersion, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (person is null) return CommandResult<Person>.NotFound($"No person '{slug}'.");
        if (expectedVersion is { } v && v != person.Version) return CommandResult<Person>.Stale();
        if (Validation.Check(personValidator, input) is { } errors) return CommandResult<Person>.Invalid(errors);
        var newSlug = input.Slug ?? person.Slug;
        if (newSlug != person.Slug && await db.People.AnyAsync(p => p.Slug == newSlug, ct))
            return CommandResult<Person>.Conflict("slug", $"A person with the slug '{newSlug}' exists.");

        var newName = input.Name!.Trim();
        if (newName != person.Name)
        {
            // The old name stays findable: it becomes an alias.
            await AddAliasIfMissingAsync(person, person.Name, "previous display name", ct);
        }
        person.Slug = newSlug;
        person.Name = newName;
        Apply(person, input);
        return await SaveAsync(person, created: false, ct);
    }

    public async Task<CommandResult<bool>> DeleteAsync(string slug, long? expectedVersion, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (person is null) return CommandResult<bool>.NotFound($"No person '{slug}'.");
        if (expectedVersion is { } v && v != person.Version) return CommandResult<bool>.Stale();
        db.People.Remove(person);
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<PersonAlias>> AddAliasAsync(string slug, AliasInput input, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Slug == slug, ct);
        if (person is null) return CommandResult<PersonAlias>.NotFound($"No person '{slug}'.");
        if (Validation.Check(aliasValidator, input) is { } errors) return CommandResult<PersonAlias>.Invalid(errors);
        var name = input.Name!.Trim();
        if (name == person.Name || await db.PersonAliases.AnyAsync(a => a.PersonId == person.Id && a.Name == name, ct))
            return CommandResult<PersonAlias>.Conflict("name", $"'{name}' is already a spelling of {person.Name}.");
        var alias = NewAlias(person.Id, name, input.Script, input.Source);
        db.PersonAliases.Add(alias);
        return await SaveAliasAsync(alias, $"'{name}' is already a spelling of {person.Name}.", CommandResult<PersonAlias>.Created(alias), ct);
    }

    public async Task<CommandResult<PersonAlias>> UpdateAliasAsync(string slug, int aliasId, AliasInput input, CancellationToken ct = default)
    {
        var alias = await db.PersonAliases.SingleOrDefaultAsync(a => a.Id == aliasId && a.Person!.Slug == slug, ct);
        if (alias is null) return CommandResult<PersonAlias>.NotFound($"No alias {aliasId} of '{slug}'.");
        if (Validation.Check(aliasValidator, input) is { } errors) return CommandResult<PersonAlias>.Invalid(errors);
        var name = input.Name!.Trim();
        if (name != alias.Name && await db.PersonAliases.AnyAsync(a => a.PersonId == alias.PersonId && a.Name == name, ct))
            return CommandResult<PersonAlias>.Conflict("name", $"'{name}' is already a spelling of this person.");
        var fresh = NewAlias(alias.PersonId, name, input.Script, input.Source);
        alias.Name = fresh.Name;
        alias.Slug = fresh.Slug;
        alias.Script = fresh.Script;
        alias.Source = fresh.Source;
        return await SaveAliasAsync(alias, $"'{name}' is already a spelling of this person.", CommandResult<PersonAlias>.Ok(alias), ct);
    }

    public async Task<CommandResult<bool>> DeleteAliasAsync(string slug, int aliasId, CancellationToken ct = default)
    {
        // Loaded and removed through the change tracker (not ExecuteDelete) so the search index hears of it.
        var alias = await db.PersonAliases.SingleOrDefaultAsync(a => a.Id == aliasId && a.Person!.Slug == slug, ct);
        if (alias is null) return CommandResult<bool>.NotFound($"No alias {aliasId} of '{slug}'.");
        db.PersonAliases.Remove(alias);
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public PersonAlias NewAlias(int personId, string name, string? script, string? source) => new()
    {
        PersonId = personId,
        Name = name,
        Slug = Slug.From(name), // empty for names with no Latin letters; those are found by search, not by address
        Script = string.IsNullOrWhiteSpace(script) ? Scripts.Detect(name) : script.Trim(),
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
        CreatedAt = clock.GetUtcNow(),
    };

    private async Task AddAliasIfMissingAsync(Person person, string name, string source, CancellationToken ct)
    {
        if (!await db.PersonAliases.AnyAsync(a => a.PersonId == person.Id && a.Name == name, ct))
            db.PersonAliases.Add(NewAlias(person.Id, name, null, source));
    }

    /// <summary>Saves an alias; one a concurrent writer added first is the same conflict as one that was there already.</summary>
    private async Task<CommandResult<PersonAlias>> SaveAliasAsync(PersonAlias alias, string taken, CommandResult<PersonAlias> success, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return success;
        }
        catch (DbUpdateException e) when (IsAliasClash(e))
        {
            db.Entry(alias).State = EntityState.Detached;
            return CommandResult<PersonAlias>.Conflict("name", taken);
        }
    }

    private bool IsAliasClash(DbUpdateException e) => db.IsUniqueViolation<PersonAlias>(e, nameof(PersonAlias.PersonId), nameof(PersonAlias.Name));

    private async Task<CommandResult<Person>> SaveAsync(Person person, bool created, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<Person>.Stale();
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation<Person>(e, nameof(Person.Slug)))
        {
            // Another writer took the slug between our check and our insert.
            return CommandResult<Person>.Conflict("slug", $"A person with the slug '{person.Slug}' exists.");
        }
        catch (DbUpdateException e) when (IsAliasClash(e))
        {
            // Renaming keeps the old name as an alias, which a concurrent writer added first.
            return CommandResult<Person>.Conflict("name", "Someone else changed this person's names at the same moment; try again.");
        }
        return created ? CommandResult<Person>.Created(person) : CommandResult<Person>.Ok(person);
    }

    private static void Apply(Person person, PersonInput input)
    {
        person.BirthYear = input.BirthYear;
        person.DeathYear = input.DeathYear;
        person.ImdbId = string.IsNullOrWhiteSpace(input.ImdbId) ? null : input.ImdbId.Trim();
        person.TmdbId = input.TmdbId;
        person.WikidataId = string.IsNullOrWhiteSpace(input.WikidataId) ? null : input.WikidataId.Trim();
    }
}

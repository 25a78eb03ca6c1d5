using Marquee.Core.Common;
using Marquee.Core.Showtimes;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Data.Showtimes;

/// <summary>Writes cinemas and removes screenings; screenings are added through <see cref="ShowtimeImporter"/>, one row or a feed.</summary>
public sealed class ShowtimeCommands(MarqueeDbContext db)
{
    private readonly CinemaInputValidator validator = new();

    public async Task<CommandResult<Cinema>> CreateCinemaAsync(CinemaInput input, CancellationToken ct = default)
    {
        if (Validation.Check(validator, input) is { } errors) return CommandResult<Cinema>.Invalid(errors);
        var slug = input.Slug ?? Slug.From($"{input.Name} {input.City}");
        if (!Slug.IsValid(slug)) return CommandResult<Cinema>.Invalid("slug", "Cannot make a slug from this name; give one.");
        if (await db.Set<Cinema>().AnyAsync(c => c.Slug == slug, ct)) return CommandResult<Cinema>.Conflict("slug", $"A cinema with the slug '{slug}' exists.");
        var cinema = new Cinema { Slug = slug, Name = "", City = "", Country = "", TimeZone = "" };
        Apply(cinema, input);
        db.Add(cinema);
        return await SaveAsync(cinema, CommandResult<Cinema>.Created(cinema), ct);
    }

    public async Task<CommandResult<Cinema>> UpdateCinemaAsync(string slug, CinemaInput input, long? expectedVersion, CancellationToken ct = default)
    {
        var cinema = await db.Set<Cinema>().SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (cinema is null) return CommandResult<Cinema>.NotFound($"No cinema '{slug}'.");
        if (expectedVersion is { } v && v != cinema.Version) return CommandResult<Cinema>.Stale();
        if (Validation.Check(validator, input) is { } errors) return CommandResult<Cinema>.Invalid(errors);
        var newSlug = input.Slug ?? cinema.Slug;
        if (newSlug != cinema.Slug && await db.Set<Cinema>().AnyAsync(c => c.Slug == newSlug, ct))
            return CommandResult<Cinema>.Conflict("slug", $"A cinema with the slug '{newSlug}' exists.");
        cinema.Slug = newSlug;
        Apply(cinema, input);
        return await SaveAsync(cinema, CommandResult<Cinema>.Ok(cinema), ct);
    }

    public async Task<CommandResult<bool>> DeleteCinemaAsync(string slug, long? expectedVersion, CancellationToken ct = default)
    {
        var cinema = await db.Set<Cinema>().SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (cinema is null) return CommandResult<bool>.NotFound($"No cinema '{slug}'.");
        if (expectedVersion is { } v && v != cinema.Version) return CommandResult<bool>.Stale();
        db.Remove(cinema);
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<bool>> DeleteScreeningAsync(int id, CancellationToken ct = default)
    {
        var deleted = await db.Set<Screening>().Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? CommandResult<bool>.NotFound($"No screening {id}.") : CommandResult<bool>.Ok(true);
    }

    private async Task<CommandResult<Cinema>> SaveAsync(Cinema cinema, CommandResult<Cinema> success, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return success;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<Cinema>.Stale();
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation<Cinema>(e, nameof(Cinema.Slug)))
        {
            // Another writer took the slug between our check and our insert.
            return CommandResult<Cinema>.Conflict("slug", $"A cinema with the slug '{cinema.Slug}' exists.");
        }
    }

    private static void Apply(Cinema cinema, CinemaInput input)
    {
        cinema.Name = input.Name!.Trim();
        cinema.Address = Clean(input.Address);
        cinema.City = input.City!.Trim();
        cinema.PostalCode = Clean(input.PostalCode);
        cinema.Country = input.Country!;
        cinema.Latitude = input.Latitude!.Value;
        cinema.Longitude = input.Longitude!.Value;
        cinema.TimeZone = ZonedTime.FindZone(input.TimeZone)!.Id;
        cinema.Screens = input.Screens ?? 1;
        cinema.Website = Clean(input.Website);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using FluentValidation;
using Marquee.Core.Common;
using Marquee.Core.Films;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Data.Films;

/// <summary>Writes films, their credits and release dates. Each call is one transaction; a stale version changes nothing.</summary>
public sealed class FilmCommands(MarqueeDbContext db, TimeProvider clock)
{
    private readonly FilmInputValidator filmValidator = new(clock);
    private readonly CreditInputValidator creditValidator = new();
    private readonly ReleaseDateInputValidator releaseValidator = new(clock);

    public async Task<CommandResult<Film>> CreateAsync(FilmInput input, CancellationToken ct = default)
    {
        if (Validation.Check(filmValidator, input) is { } errors) return CommandResult<Film>.Invalid(errors);
        var slugBase = Slug.From(input.Year is null ? input.Title! : $"{input.Title} {input.Year}");
        if (input.Slug is null && !Slug.IsValid(slugBase)) return CommandResult<Film>.Invalid("slug", "Cannot make a slug from this title; give one.");
        var slug = await FreeSlugs.ClaimAsync(db.Films.Select(f => f.Slug), input.Slug, slugBase, input.ImdbId, ct);
        if (slug is null) return CommandResult<Film>.Conflict("slug", $"A film with the slug '{input.Slug}' exists.");

        var film = new Film { Slug = slug, Title = input.Title!.Trim() };
        Apply(film, input);
        db.Films.Add(film);
        return await SaveAsync(film, created: true, ct);
    }

    public async Task<CommandResult<Film>> UpdateAsync(string slug, FilmInput input, long? expectedVersion, CancellationToken ct = default)
    {
        var film = await db.Films.SingleOrDefaultAsync(f => f.Slug == slug, ct);
        if (film is null) return CommandResult<Film>.NotFound($"No film '{slug}'.");
        if (expectedVersion is { } v && v != film.Version) return CommandResult<Film>.Stale();
        if (Validation.Check(filmValidator, input) is { } errors) return CommandResult<Film>.Invalid(errors);
        var newSlug = input.Slug ?? film.Slug;
        if (newSlug != film.Slug && await db.Films.AnyAsync(f => f.Slug == newSlug, ct))
            return CommandResult<Film>.Conflict("slug", $"A film with the slug '{newSlug}' exists.");

        film.Slug = newSlug;
        film.Title = input.Title!.Trim();
        Apply(film, input);
        return await SaveAsync(film, created: false, ct);
    }

    public async Task<CommandResult<bool>> DeleteAsync(string slug, long? expectedVersion, CancellationToken ct = default)
    {
        var film = await db.Films.SingleOrDefaultAsync(f => f.Slug == slug, ct);
        if (film is null) return CommandResult<bool>.NotFound($"No film '{slug}'.");
        if (expectedVersion is { } v && v != film.Version) return CommandResult<bool>.Stale();
        // Published criticism is not deleted as a side effect: unpublish or move the reviews first.
        var reviews = await db.Reviews.CountAsync(r => r.FilmId == film.Id, ct);
        if (reviews > 0) return CommandResult<bool>.Conflict("slug", $"'{slug}' has {reviews} review(s); delete or move them before deleting the film.");
        db.Films.Remove(film);
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<Credit>> AddCreditAsync(string filmSlug, CreditInput input, CancellationToken ct = default)
    {
        var filmId = await db.Films.Where(f => f.Slug == filmSlug).Select(f => (int?)f.Id).SingleOrDefaultAsync(ct);
        if (filmId is null) return CommandResult<Credit>.NotFound($"No film '{filmSlug}'.");
        if (Validation.Check(creditValidator, input) is { } errors) return CommandResult<Credit>.Invalid(errors);
        var personId = await db.People.Where(p => p.Slug == input.Person).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is null) return CommandResult<Credit>.Invalid("person", $"No person '{input.Person}'.");

        var kind = input.Kind == "cast" ? CreditKind.Cast : CreditKind.Crew;
        var order = input.Order ?? await db.Credits.Where(c => c.FilmId == filmId && c.Kind == kind).CountAsync(ct);
        var credit = new Credit { FilmId = filmId.Value, PersonId = personId.Value, Kind = kind, Order = order };
        Apply(credit, input);
        db.Credits.Add(credit);
        await db.SaveChangesAsync(ct);
        return CommandResult<Credit>.Created(credit);
    }

    public async Task<CommandResult<Credit>> UpdateCreditAsync(string filmSlug, int creditId, CreditInput input, long? expectedVersion, CancellationToken ct = default)
    {
        var credit = await db.Credits.SingleOrDefaultAsync(c => c.Id == creditId && c.Film!.Slug == filmSlug, ct);
        if (credit is null) return CommandResult<Credit>.NotFound($"No credit {creditId} on film '{filmSlug}'.");
        if (expectedVersion is { } v && v != credit.Version) return CommandResult<Credit>.Stale();
        if (Validation.Check(creditValidator, input) is { } errors) return CommandResult<Credit>.Invalid(errors);
        var personId = await db.People.Where(p => p.Slug == input.Person).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is null) return CommandResult<Credit>.Invalid("person", $"No person '{input.Person}'.");
        credit.PersonId = personId.Value;
        credit.Kind = input.Kind == "cast" ? CreditKind.Cast : CreditKind.Crew;
        if (input.Order is { } order) credit.Order = order;
        Apply(credit, input);
        return await SaveAsync(credit, created: false, ct);
    }

    public async Task<CommandResult<bool>> DeleteCreditAsync(string filmSlug, int creditId, CancellationToken ct = default)
    {
        // Through the change tracker so the search index re-weighs the film and the person.
        var credit = await db.Credits.SingleOrDefaultAsync(c => c.Id == creditId && c.Film!.Slug == filmSlug, ct);
        if (credit is null) return CommandResult<bool>.NotFound($"No credit {creditId} on film '{filmSlug}'.");
        db.Credits.Remove(credit);
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<ReleaseDate>> AddReleaseDateAsync(string filmSlug, ReleaseDateInput input, CancellationToken ct = default)
    {
        var filmId = await db.Films.Where(f => f.Slug == filmSlug).Select(f => (int?)f.Id).SingleOrDefaultAsync(ct);
        if (filmId is null) return CommandResult<ReleaseDate>.NotFound($"No film '{filmSlug}'.");
        if (Validation.Check(releaseValidator, input) is { } errors) return CommandResult<ReleaseDate>.Invalid(errors);
        var type = ReleaseTypes.TryParse(input.Type, out var parsed) ? parsed : throw new InvalidOperationException("validated above");
        if (await db.ReleaseDates.AnyAsync(r => r.FilmId == filmId && r.Country == input.Country && r.Type == type && r.Date == input.Date, ct))
            return CommandResult<ReleaseDate>.Conflict("date", "This film already has that release in that country on that date.");
        var release = new ReleaseDate { FilmId = filmId.Value, Country = input.Country!, Type = type, Date = input.Date!.Value, Note = Clean(input.Note) };
        db.ReleaseDates.Add(release);
        await db.SaveChangesAsync(ct);
        return CommandResult<ReleaseDate>.Created(release);
    }

    public async Task<CommandResult<ReleaseDate>> UpdateReleaseDateAsync(string filmSlug, int releaseId, ReleaseDateInput input, long? expectedVersion, CancellationToken ct = default)
    {
        var release = await db.ReleaseDates.SingleOrDefaultAsync(r => r.Id == releaseId && r.Film!.Slug == filmSlug, ct);
        if (release is null) return CommandResult<ReleaseDate>.NotFound($"No release date {releaseId} on film '{filmSlug}'.");
        if (expectedVersion is { } v && v != release.Version) return CommandResult<ReleaseDate>.Stale();
        if (Validation.Check(releaseValidator, input) is { } errors) return CommandResult<ReleaseDate>.Invalid(errors);
        var type = ReleaseTypes.TryParse(input.Type, out var parsed) ? parsed : throw new InvalidOperationException("validated above");
        if (await db.ReleaseDates.AnyAsync(r => r.Id != releaseId && r.FilmId == release.FilmId && r.Country == input.Country && r.Type == type && r.Date == input.Date, ct))
            return CommandResult<ReleaseDate>.Conflict("date", "This film already has that release in that country on that date.");
        release.Country = input.Country!;
        release.Type = type;
        release.Date = input.Date!.Value;
        release.Note = Clean(input.Note);
        return await SaveAsync(release, created: false, ct);
    }

    public async Task<CommandResult<bool>> DeleteReleaseDateAsync(string filmSlug, int releaseId, CancellationToken ct = default)
    {
        var deleted = await db.ReleaseDates.Where(r => r.Id == releaseId && r.Film!.Slug == filmSlug).ExecuteDeleteAsync(ct);
        return deleted == 0 ? CommandResult<bool>.NotFound($"No release date {releaseId} on film '{filmSlug}'.") : CommandResult<bool>.Ok(true);
    }

    private async Task<CommandResult<T>> SaveAsync<T>(T entity, bool created, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<T>.Stale();
        }
        catch (DbUpdateException e) when (entity is Film film && db.IsUniqueViolation<Film>(e, nameof(Film.Slug)))
        {
            // Another writer took the slug between our check and our insert.
            return CommandResult<T>.Conflict("slug", $"A film with the slug '{film.Slug}' exists.");
        }
        return created ? CommandResult<T>.Created(entity) : CommandResult<T>.Ok(entity);
    }

    private static void Apply(Film film, FilmInput input)
    {
        film.OriginalTitle = Clean(input.OriginalTitle);
        film.Year = input.Year;
        film.Logline = Clean(input.Logline);
        film.Synopsis = Clean(input.Synopsis);
        film.RuntimeMinutes = input.RuntimeMinutes;
        film.Genres = CleanList(input.Genres);
        film.OriginalLanguage = Clean(input.OriginalLanguage);
        film.Countries = CleanList(input.Countries);
        film.ProductionCompanies = CleanList(input.ProductionCompanies);
        film.Distributors = CleanList(input.Distributors);
        film.ImdbId = Clean(input.ImdbId);
        film.TmdbId = input.TmdbId;
        film.WikidataId = Clean(input.WikidataId);
    }

    private static void Apply(Credit credit, CreditInput input)
    {
        credit.Character = credit.Kind == CreditKind.Cast ? Clean(input.Character) : null;
        credit.CharacterAliases = credit.Kind == CreditKind.Cast ? CleanList(input.CharacterAliases) : [];
        credit.CreditedAs = Clean(input.CreditedAs);
        credit.Department = credit.Kind == CreditKind.Crew ? Clean(input.Department) : null;
        credit.Job = credit.Kind == CreditKind.Crew ? Clean(input.Job) : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> CleanList(List<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList() ?? [];
}

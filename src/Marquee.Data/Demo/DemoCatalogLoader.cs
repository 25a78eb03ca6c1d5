using System.Text.Json;
using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Data.People;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Demo;

/// <summary>Loads the demo films and people that ship with Marquee, once, into an empty catalogue.</summary>
public sealed class DemoCatalogLoader(MarqueeDbContext db, PersonCommands people)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Loads the demo catalogue when there are no films yet; returns the number of films added.</summary>
    public async Task<int> LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Films.AnyAsync(ct)) return 0;
        var catalog = Read();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var bySlug = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var p in catalog.People)
        {
            var person = new Person { Slug = p.Slug, Name = p.Name, BirthYear = p.BirthYear, ImdbId = p.ImdbId };
            bySlug.Add(p.Slug, person);
            db.People.Add(person);
        }
        await db.SaveChangesAsync(ct);
        foreach (var p in catalog.People)
        {
            foreach (var alias in p.Aliases ?? [])
                db.PersonAliases.Add(people.NewAlias(bySlug[p.Slug].Id, alias.Name, alias.Script, alias.Source));
        }

        foreach (var f in catalog.Films)
        {
            var film = new Film
            {
                Slug = f.Slug, Title = f.Title, OriginalTitle = f.OriginalTitle, Year = f.Year, Logline = f.Logline, Synopsis = f.Synopsis,
                RuntimeMinutes = f.RuntimeMinutes, Genres = f.Genres ?? [], OriginalLanguage = f.OriginalLanguage, Countries = f.Countries ?? [],
                ProductionCompanies = f.ProductionCompanies ?? [], Distributors = f.Distributors ?? [],
                ImdbId = f.ImdbId, TmdbId = f.TmdbId, WikidataId = f.WikidataId,
            };
            foreach (var r in f.ReleaseDates ?? [])
            {
                if (!ReleaseTypes.TryParse(r.Type, out var type)) throw new InvalidDataException($"demo film {f.Slug}: unknown release type '{r.Type}'");
                film.ReleaseDates.Add(new ReleaseDate { Country = r.Country, Type = type, Date = r.Date, Note = r.Note });
            }
            var order = 0;
            foreach (var c in f.Crew ?? [])
                film.Credits.Add(new Credit { Person = Find(bySlug, f, c.Person), Kind = CreditKind.Crew, Department = c.Department, Job = c.Job, Order = order++ });
            order = 0;
            foreach (var c in f.Cast ?? [])
            {
                film.Credits.Add(new Credit
                {
                    Person = Find(bySlug, f, c.Person), Kind = CreditKind.Cast, Character = c.Character,
                    CharacterAliases = c.CharacterAliases ?? [], CreditedAs = c.CreditedAs, Order = order++,
                });
            }
            db.Films.Add(film);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return catalog.Films.Count;
    }

    internal static DemoCatalog Read()
    {
        using var stream = typeof(DemoCatalogLoader).Assembly.GetManifestResourceStream("Marquee.Data.Demo.demo-catalog.json")
            ?? throw new InvalidOperationException("The demo catalogue is missing from the build.");
        return JsonSerializer.Deserialize<DemoCatalog>(stream, Json) ?? throw new InvalidDataException("The demo catalogue is empty.");
    }

    private static Person Find(Dictionary<string, Person> people, DemoFilm film, string slug) =>
        people.TryGetValue(slug, out var person) ? person : throw new InvalidDataException($"demo film {film.Slug}: unknown person '{slug}'");
}

using Marquee.Core.Common;
using Marquee.Core.Text;
using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Core.Search;
using Marquee.Data;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.Catalog;

/// <summary>
/// Stores a batch of <see cref="CatalogFilm"/>s: a film merges by IMDb id, else by title and year where the directors
/// do not disagree; a person by IMDb id, else by name or alias; a credit is added once. Only blanks are filled.
/// </summary>
public sealed class CatalogFilmStore(MarqueeDbContext db)
{
    private readonly CatalogMerge merge = new(db);

    public async Task StoreAsync(IReadOnlyList<CatalogFilm> batch, ImportStats stats, CancellationToken ct)
    {
        var films = await MergeFilmsAsync(batch, stats, ct);
        var people = await MergePeopleAsync(batch, ct);
        await db.SaveChangesAsync(ct);
        await AddCreditsAsync(batch, films, people, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Film[]> MergeFilmsAsync(IReadOnlyList<CatalogFilm> batch, ImportStats stats, CancellationToken ct)
    {
        var byImdb = await merge.FilmsByImdbAsync(batch.Where(f => f.ImdbId is not null).Select(f => f.ImdbId!), ct);
        var byTitle = await merge.FilmsByTitleAsync(batch.Select(f => f.Title), withoutImdbIdOnly: false, ct);
        var directors = await merge.DirectorsAsync(byTitle.Select(f => f.Id), ct);
        var ratings = await db.Set<FilmRating>().Where(r => byImdb.Values.Select(f => f.Id).Concat(byTitle.Select(f => f.Id)).Contains(r.FilmId)).ToDictionaryAsync(r => r.FilmId, ct);
        var slugs = await merge.FilmSlugsAsync(batch.Select(f => (CatalogMerge.FilmSlugBase(f.Title, f.Year), f.ImdbId)), ct);
        var added = new Dictionary<Film, CatalogFilm>(ReferenceEqualityComparer.Instance);
        var candidates = byTitle.ToLookup(f => (f.Title.ToLowerInvariant(), f.Year)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var f in byTitle.Where(f => f.OriginalTitle is not null))
            Candidates(candidates, (f.OriginalTitle!.ToLowerInvariant(), f.Year)).Add(f);
        var result = new Film[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var row = batch[i];
            var film = row.ImdbId is null ? null : byImdb.GetValueOrDefault(row.ImdbId);
            var sameTitle = Candidates(candidates, (row.Title.ToLowerInvariant(), row.Year));
            film ??= sameTitle.FirstOrDefault(f => DirectorsAgree(f.Id == 0 ? added[f].Directors ?? [] : directors[f.Id].ToList(), row.Directors ?? []));
            if (film is null)
            {
                film = new Film
                {
                    Slug = slugs.Claim(CatalogMerge.FilmSlugBase(row.Title, row.Year), row.ImdbId),
                    Title = row.Title, Year = row.Year, RuntimeMinutes = row.RuntimeMinutes, Genres = [.. row.Genres ?? []],
                    ImdbId = row.ImdbId, Distributors = row.Distributor is null ? [] : [row.Distributor],
                };
                db.Films.Add(film);
                added[film] = row;
                sameTitle.Add(film);
                stats.Added++;
            }
            else if (added.ContainsKey(film) || FillBlanks(film, row)) stats.Updated++;
            else stats.Unchanged++;

            // A rating arrives once; later sources do not overwrite it.
            if (row.ImdbVotes is { } votes && row.ImdbRating is { } average && (film.Id == 0 || !ratings.ContainsKey(film.Id))
                && !pendingRatings.Exists(p => ReferenceEquals(p.Film, film)))
                pendingRatings.Add((film, new FilmRating { Source = "imdb", Average = average, Votes = votes }));
            result[i] = film;
        }
        return result;
    }

    private readonly List<(Film Film, FilmRating Rating)> pendingRatings = [];

    private static List<Film> Candidates(Dictionary<(string, int?), List<Film>> index, (string, int?) key)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        return list;
    }

    // Same title and year is the same film unless both sides name directors and none is shared.
    private static bool DirectorsAgree(IReadOnlyCollection<string> theirs, IReadOnlyCollection<string> ours) =>
        theirs.Count == 0 || ours.Count == 0 || theirs.Intersect(ours, StringComparer.OrdinalIgnoreCase).Any();

    private static bool FillBlanks(Film film, CatalogFilm row)
    {
        var changed = false;
        if (film.RuntimeMinutes is null && row.RuntimeMinutes is not null) { film.RuntimeMinutes = row.RuntimeMinutes; changed = true; }
        if (film.ImdbId is null && row.ImdbId is not null) { film.ImdbId = row.ImdbId; changed = true; }
        if (film.Genres.Count == 0 && row.Genres is { Count: > 0 }) { film.Genres = [.. row.Genres]; changed = true; }
        if (film.Distributors.Count == 0 && row.Distributor is not null) { film.Distributors = [row.Distributor]; changed = true; }
        return changed;
    }

    private async Task<Dictionary<string, Person>> MergePeopleAsync(IReadOnlyList<CatalogFilm> batch, CancellationToken ct)
    {
        var named = batch.SelectMany(f => (f.Directors ?? []).Select(d => new CatalogPerson(d)).Concat((f.Credits ?? []).Select(c => c.Person))).ToList();
        var ids = named.Where(p => p.ImdbId is not null).Select(p => p.ImdbId!).Distinct().ToList();
        var byImdb = ids.Count == 0 ? [] : await db.People.Where(p => p.ImdbId != null && ids.Contains(p.ImdbId)).ToListAsync(ct);
        var byName = await merge.PeopleByNameAsync(named.Select(p => p.Name), ct);
        var slugs = await merge.PersonSlugsAsync(named.Select(p => (CatalogMerge.PersonSlugBase(p.Name), p.ImdbId)), ct);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var byAnyName = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var x in byName.OrderBy(x => x.Id))
        {
            foreach (var n in x.Aliases.Select(a => a.Name).Prepend(x.Name).Distinct()) Named(byAnyName, n).Add(x);
        }
        foreach (var p in named)
        {
            if (people.ContainsKey(Key(p))) continue;
            var person = (p.ImdbId is null ? null : byImdb.FirstOrDefault(x => x.ImdbId == p.ImdbId))
                ?? Named(byAnyName, p.Name).FirstOrDefault(x => p.ImdbId is null || x.ImdbId is null || x.ImdbId == p.ImdbId);
            if (person is null)
            {
                person = new Person { Slug = slugs.Claim(CatalogMerge.PersonSlugBase(p.Name), p.ImdbId), Name = p.Name, ImdbId = p.ImdbId };
                db.People.Add(person);
                Named(byAnyName, p.Name).Add(person);
            }
            else if (person.ImdbId is null && p.ImdbId is not null) person.ImdbId = p.ImdbId;
            people[Key(p)] = person;
        }
        return people;
    }

    private static List<Person> Named(Dictionary<string, List<Person>> index, string name)
    {
        if (!index.TryGetValue(name, out var list)) index[name] = list = [];
        return list;
    }

    private static string Key(CatalogPerson p) => p.ImdbId is null ? "name:" + p.Name : "imdb:" + p.ImdbId + ":" + p.Name;

    private async Task AddCreditsAsync(IReadOnlyList<CatalogFilm> batch, Film[] films, Dictionary<string, Person> people, CancellationToken ct)
    {
        foreach (var (film, rating) in pendingRatings)
        {
            rating.FilmId = film.Id;
            db.Set<FilmRating>().Add(rating);
        }
        pendingRatings.Clear();
        var have = await merge.CreditKeysAsync(films.Select(f => f.Id), ct);
        for (var i = 0; i < batch.Count; i++)
        {
            var row = batch[i];
            var film = films[i];
            var credits = (row.Directors ?? []).Select((d, n) => new CatalogCredit(new CatalogPerson(d), false, null, n, "Directing", CrewJobs.Director))
                .Concat(row.Credits ?? []);
            foreach (var c in credits)
            {
                var person = people[Key(c.Person)];
                var kind = c.Cast ? CreditKind.Cast : CreditKind.Crew;
                if (!have.Add(CatalogMerge.CreditKey(film.Id, person.Id, kind, c.Department))) continue;
                db.Credits.Add(new Credit
                {
                    FilmId = film.Id, PersonId = person.Id, Kind = kind, Order = c.Order,
                    Character = c.Cast ? c.Character : null, Department = c.Cast ? null : c.Department, Job = c.Cast ? null : c.Job,
                });
            }
        }
    }
}

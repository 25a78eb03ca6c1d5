using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Core.Search;
using Marquee.Data;

namespace Marquee.Import.Catalog.Imdb;

/// <summary>The store step for each IMDb file: merges a batch of parsed rows into the catalogue, changing only what differs.</summary>
internal sealed class ImdbStore(MarqueeDbContext db)
{
    private readonly CatalogMerge merge = new(db);

    public async Task TitlesAsync(IReadOnlyList<TitleBasics> batch, ImportStats stats, CancellationToken ct)
    {
        var byImdb = await merge.FilmsByImdbAsync(batch.Select(b => b.Tconst), ct);
        var rest = batch.Where(b => !byImdb.ContainsKey(b.Tconst)).ToList();
        var byTitle = await merge.FilmsByTitleAsync(rest.Select(b => b.PrimaryTitle), withoutImdbIdOnly: true, ct);
        var slugs = await merge.FilmSlugsAsync(rest.Select(b => CatalogMerge.FilmSlugBase(b.PrimaryTitle, b.StartYear)), ct);
        foreach (var row in batch)
        {
            var film = byImdb.GetValueOrDefault(row.Tconst);
            if (film is null && byTitle.FirstOrDefault(f => f.ImdbId is null && (f.Title == row.PrimaryTitle || f.OriginalTitle == row.PrimaryTitle) && f.Year == row.StartYear) is { } same)
            {
                film = same;
                film.ImdbId = row.Tconst; // claimed: a second row of the same title and year will not merge into it
            }
            if (film is null)
            {
                var slug = slugs.Claim(CatalogMerge.FilmSlugBase(row.PrimaryTitle, row.StartYear), row.Tconst);
                db.Films.Add(new Film
                {
                    Slug = slug, Title = row.PrimaryTitle, OriginalTitle = row.OriginalTitle, Year = row.StartYear,
                    RuntimeMinutes = row.RuntimeMinutes, Genres = [.. row.Genres], ImdbId = row.Tconst,
                });
                stats.Added++;
                continue;
            }
            // What IMDb knows fills what the catalogue lacks; an editor's values are never overwritten.
            var changed = db.Entry(film).Property(f => f.ImdbId).IsModified;
            changed |= film.OriginalTitle is null && row.OriginalTitle is not null && CatalogMerge.Set(film.OriginalTitle, row.OriginalTitle, v => film.OriginalTitle = v);
            changed |= film.RuntimeMinutes is null && row.RuntimeMinutes is not null && CatalogMerge.Set(film.RuntimeMinutes, row.RuntimeMinutes, v => film.RuntimeMinutes = v);
            changed |= film.Year is null && row.StartYear is not null && CatalogMerge.Set(film.Year, row.StartYear, v => film.Year = v);
            if (film.Genres.Count == 0 && row.Genres.Count > 0) { film.Genres = [.. row.Genres]; changed = true; }
            if (changed) stats.Updated++;
            else stats.Unchanged++;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task RatingsAsync(IReadOnlyList<TitleRating> batch, ImportStats stats, CancellationToken ct)
    {
        var films = await merge.FilmIdsAsync(batch.Select(r => r.Tconst), ct);
        var ids = films.Values.ToList();
        var existing = db.Set<FilmRating>().Where(r => ids.Contains(r.FilmId)).ToDictionary(r => r.FilmId);
        foreach (var row in batch)
        {
            if (!films.TryGetValue(row.Tconst, out var filmId)) { stats.Skipped++; continue; }
            if (!existing.TryGetValue(filmId, out var rating))
            {
                db.Set<FilmRating>().Add(new FilmRating { FilmId = filmId, Source = "imdb", Average = row.AverageRating, Votes = row.NumVotes });
                stats.Added++;
            }
            else if (Math.Abs(rating.Average - row.AverageRating) > 1e-9 || rating.Votes != row.NumVotes)
            {
                rating.Average = row.AverageRating;
                rating.Votes = row.NumVotes;
                stats.Updated++;
            }
            else stats.Unchanged++;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task AkasAsync(IReadOnlyList<TitleAka> batch, ImportStats stats, CancellationToken ct)
    {
        var films = await merge.FilmIdsAsync(batch.Select(a => a.Tconst), ct);
        var ids = films.Values.ToList();
        var have = db.FilmTitles.Where(t => ids.Contains(t.FilmId)).Select(t => new { t.FilmId, t.Title, t.Region }).AsEnumerable()
            .Select(t => (t.FilmId, t.Title, t.Region)).ToHashSet();
        foreach (var row in batch)
        {
            if (!films.TryGetValue(row.Tconst, out var filmId)) { stats.Skipped++; continue; }
            if (!have.Add((filmId, row.Title, row.Region))) { stats.Unchanged++; continue; }
            db.FilmTitles.Add(new FilmTitle { FilmId = filmId, Title = row.Title, Region = row.Region, Language = row.Language, Kind = row.Types });
            stats.Added++;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task NamesAsync(IReadOnlyList<NameBasics> batch, ImportStats stats, CancellationToken ct)
    {
        var known = await merge.PersonIdsAsync(batch.Select(n => n.Nconst), ct);
        var ids = known.Values.ToList();
        var byImdb = db.People.Where(p => ids.Contains(p.Id)).ToDictionary(p => p.ImdbId!);
        var rest = batch.Where(n => !byImdb.ContainsKey(n.Nconst)).ToList();
        var byName = (await merge.PeopleByNameAsync(rest.Select(n => n.PrimaryName), ct)).Where(p => p.ImdbId is null).ToList();
        var slugs = await merge.PersonSlugsAsync(rest.Select(n => Marquee.Core.Common.Slug.From(n.PrimaryName)), ct);
        foreach (var row in batch)
        {
            var person = byImdb.GetValueOrDefault(row.Nconst);
            if (person is null)
            {
                // A name match merges only when it is unambiguous and the birth years do not disagree.
                var matches = byName.Where(p => p.ImdbId is null && (p.Name == row.PrimaryName || p.Aliases.Any(a => a.Name == row.PrimaryName))
                    && (p.BirthYear is null || row.BirthYear is null || p.BirthYear == row.BirthYear)).Take(2).ToList();
                if (matches.Count == 1)
                {
                    person = matches[0];
                    person.ImdbId = row.Nconst;
                }
            }
            if (person is null)
            {
                var slug = slugs.Claim(Marquee.Core.Common.Slug.From(row.PrimaryName), row.Nconst);
                db.People.Add(new Person { Slug = slug, Name = row.PrimaryName, BirthYear = row.BirthYear, DeathYear = row.DeathYear, ImdbId = row.Nconst });
                stats.Added++;
                continue;
            }
            var changed = db.Entry(person).Property(p => p.ImdbId).IsModified;
            changed |= person.BirthYear is null && row.BirthYear is not null && CatalogMerge.Set(person.BirthYear, row.BirthYear, v => person.BirthYear = v);
            changed |= person.DeathYear is null && row.DeathYear is not null && CatalogMerge.Set(person.DeathYear, row.DeathYear, v => person.DeathYear = v);
            if (changed) stats.Updated++;
            else stats.Unchanged++;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task PrincipalsAsync(IReadOnlyList<TitlePrincipal> batch, ImportStats stats, Action<TitlePrincipal, string> problem, CancellationToken ct)
    {
        var films = await merge.FilmIdsAsync(batch.Select(p => p.Tconst), ct);
        var people = await merge.PersonIdsAsync(batch.Where(p => films.ContainsKey(p.Tconst)).Select(p => p.Nconst), ct);
        var have = await merge.CreditKeysAsync(films.Values, ct);
        foreach (var row in batch)
        {
            if (!films.TryGetValue(row.Tconst, out var filmId)) { stats.Skipped++; continue; }
            if (!people.TryGetValue(row.Nconst, out var personId))
            {
                stats.Bad++;
                problem(row, $"nconst {row.Nconst} is not in name.basics; credit skipped");
                continue;
            }
            var (cast, department, job) = ImdbFiles.Role(row.Category, row.Job);
            var kind = cast ? CreditKind.Cast : CreditKind.Crew;
            if (!have.Add(CatalogMerge.CreditKey(filmId, personId, kind, department))) { stats.Unchanged++; continue; }
            db.Credits.Add(new Credit
            {
                FilmId = filmId, PersonId = personId, Kind = kind, Order = Math.Max(0, row.Ordering - 1),
                Character = cast && row.Characters.Count > 0 ? row.Characters[0] : null,
                CharacterAliases = cast ? [.. row.Characters.Skip(1)] : [],
                Department = department, Job = job,
            });
            stats.Added++;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task CrewAsync(IReadOnlyList<TitleCrew> batch, ImportStats stats, CancellationToken ct)
    {
        var films = await merge.FilmIdsAsync(batch.Select(c => c.Tconst), ct);
        var people = await merge.PersonIdsAsync(batch.Where(c => films.ContainsKey(c.Tconst)).SelectMany(c => c.Directors.Concat(c.Writers)), ct);
        var have = await merge.CreditKeysAsync(films.Values, ct);
        foreach (var row in batch)
        {
            if (!films.TryGetValue(row.Tconst, out var filmId)) { stats.Skipped++; continue; }
            var jobs = row.Directors.Select((n, i) => (n, "Directing", CrewJobs.Director, i)).Concat(row.Writers.Select((n, i) => (n, "Writing", CrewJobs.Writer, 100 + i)));
            foreach (var (nconst, department, job, order) in jobs)
            {
                if (!people.TryGetValue(nconst, out var personId) || !have.Add(CatalogMerge.CreditKey(filmId, personId, CreditKind.Crew, department))) { stats.Unchanged++; continue; }
                db.Credits.Add(new Credit { FilmId = filmId, PersonId = personId, Kind = CreditKind.Crew, Department = department, Job = job, Order = order });
                stats.Added++;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}

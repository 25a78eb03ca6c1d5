using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Core.Reviews;
using Marquee.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marquee.Data.Search;

/// <summary>Works out which films and people a pending save touches and brings their search documents up to date.</summary>
internal static class SearchIndexSync
{
    private sealed record Desired(string Name, string Key, bool IsPrimary, int? Year, double Weight);

    public static async Task ApplyAsync(MarqueeDbContext db, CancellationToken ct)
    {
        var tracker = db.ChangeTracker;
        var newFilms = new List<Film>();
        var newPeople = new List<Person>();
        var filmIds = new HashSet<int>();
        var personIds = new HashSet<int>();
        var deletedFilms = new HashSet<int>();
        var deletedPeople = new HashSet<int>();
        var reviews = new List<EntityEntry<Review>>();
        foreach (var entry in tracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Review r: reviews.Add(db.Entry(r)); break;
                case Film f when entry.State == EntityState.Added: newFilms.Add(f); break;
                case Film f when entry.State == EntityState.Deleted: deletedFilms.Add(f.Id); break;
                case Film f: filmIds.Add(f.Id); break;
                case Person p when entry.State == EntityState.Added: newPeople.Add(p); break;
                case Person p when entry.State == EntityState.Deleted: deletedPeople.Add(p.Id); break;
                case Person p: personIds.Add(p.Id); break;
                case FilmTitle: AddKnown(entry, nameof(FilmTitle.FilmId), filmIds); break;
                case FilmRating when !SearchWeights.IsDeferred: AddKnown(entry, nameof(FilmRating.FilmId), filmIds); break;
                case PersonAlias: AddKnown(entry, nameof(PersonAlias.PersonId), personIds); break;
                case Credit when !SearchWeights.IsDeferred:
                    AddKnown(entry, nameof(Credit.FilmId), filmIds);
                    AddKnown(entry, nameof(Credit.PersonId), personIds);
                    break;
            }
        }
        if (reviews.Count > 0) await ReviewSearch.SyncAsync(db, reviews, ct);
        filmIds.ExceptWith(deletedFilms);
        personIds.ExceptWith(deletedPeople);
        if (newFilms.Count + newPeople.Count + filmIds.Count + personIds.Count == 0) return;

        await SyncFilmsAsync(db, newFilms, filmIds, ct);
        await SyncPeopleAsync(db, newPeople, personIds, ct);
    }

    /// <summary>Brings the documents of these films and people up to date (for a rebuild); the caller saves.</summary>
    public static async Task SyncAsync(MarqueeDbContext db, HashSet<int> filmIds, HashSet<int> personIds, CancellationToken ct)
    {
        await SyncFilmsAsync(db, [], filmIds, ct);
        await SyncPeopleAsync(db, [], personIds, ct);
    }

    // Only real keys: a child of a film or person added in this same save is covered by its parent.
    private static void AddKnown(EntityEntry entry, string property, HashSet<int> ids)
    {
        var current = entry.Property(property);
        if (!current.IsTemporary && current.CurrentValue is int id && id > 0) ids.Add(id);
        if (entry.State == EntityState.Modified && current.OriginalValue is int old && old > 0) ids.Add(old);
    }

    private static async Task SyncFilmsAsync(MarqueeDbContext db, List<Film> newFilms, HashSet<int> ids, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<Film>().Where(e => ids.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id, e => e.Entity);
        var missing = ids.Where(id => !tracked.ContainsKey(id)).ToList();
        var loaded = missing.Count == 0 ? [] : await db.Films.AsNoTracking().Where(f => missing.Contains(f.Id))
            .Select(f => new { f.Id, f.Title, f.OriginalTitle, f.Year }).ToListAsync(ct);
        var heads = tracked.Values.Select(f => (f.Id, f.Title, f.OriginalTitle, f.Year))
            .Concat(loaded.Select(f => (f.Id, f.Title, f.OriginalTitle, f.Year))).ToList();

        var titles = Overlay(
            await db.FilmTitles.AsNoTracking().Where(t => ids.Contains(t.FilmId)).ToListAsync(ct),
            db.ChangeTracker.Entries<FilmTitle>(), t => t.Id, t => t.FilmId);
        var votes = await db.Set<FilmRating>().AsNoTracking().Where(r => ids.Contains(r.FilmId)).ToDictionaryAsync(r => r.FilmId, r => r.Votes, ct);
        foreach (var r in db.ChangeTracker.Entries<FilmRating>().Where(e => e.State != EntityState.Deleted)) votes[r.Entity.FilmId] = r.Entity.Votes;
        var credits = await db.Credits.AsNoTracking().Where(c => ids.Contains(c.FilmId)).GroupBy(c => c.FilmId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // Credits in this same save are not in the database yet; count them too (as SyncPeopleAsync does).
        foreach (var c in db.ChangeTracker.Entries<Credit>().Where(e => e.State is EntityState.Added or EntityState.Deleted))
            credits[c.Entity.FilmId] = credits.GetValueOrDefault(c.Entity.FilmId) + (c.State == EntityState.Added ? 1 : -1);

        var existing = ids.Count == 0 ? [] : await db.Set<SearchDocument>().Where(d => d.FilmId != null && ids.Contains(d.FilmId.Value)).ToListAsync(ct);
        var titlesOf = titles.ToLookup(t => t.FilmId);
        var docsOf = existing.ToLookup(d => d.FilmId);
        foreach (var (id, title, original, year) in heads)
        {
            var weight = FilmWeight(votes.GetValueOrDefault(id), credits.GetValueOrDefault(id));
            var names = titlesOf[id].Select(t => t.Title);
            Reconcile(db, docsOf[id].ToList(), FilmNames(title, original, names, year, weight),
                d => { d.Kind = SearchKind.Film; d.FilmId = id; });
        }
        foreach (var film in newFilms)
        {
            var weight = FilmWeight(0, film.Credits.Count);
            Reconcile(db, [], FilmNames(film.Title, film.OriginalTitle, film.AlternativeTitles.Select(t => t.Title), film.Year, weight),
                d => { d.Kind = SearchKind.Film; d.Film = film; });
        }
    }

    private static async Task SyncPeopleAsync(MarqueeDbContext db, List<Person> newPeople, HashSet<int> ids, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<Person>().Where(e => ids.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id, e => e.Entity);
        var missing = ids.Where(id => !tracked.ContainsKey(id)).ToList();
        var loaded = missing.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => missing.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.BirthYear }).ToListAsync(ct);
        var heads = tracked.Values.Select(p => (p.Id, p.Name, p.BirthYear)).Concat(loaded.Select(p => (p.Id, p.Name, p.BirthYear))).ToList();

        var aliases = Overlay(
            await db.PersonAliases.AsNoTracking().Where(a => ids.Contains(a.PersonId)).ToListAsync(ct),
            db.ChangeTracker.Entries<PersonAlias>(), a => a.Id, a => a.PersonId);
        var credits = await db.Credits.AsNoTracking().Where(c => ids.Contains(c.PersonId)).GroupBy(c => c.PersonId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        foreach (var c in db.ChangeTracker.Entries<Credit>().Where(e => e.State is EntityState.Added or EntityState.Deleted))
            credits[c.Entity.PersonId] = credits.GetValueOrDefault(c.Entity.PersonId) + (c.State == EntityState.Added ? 1 : -1);

        var existing = ids.Count == 0 ? [] : await db.Set<SearchDocument>().Where(d => d.PersonId != null && ids.Contains(d.PersonId.Value)).ToListAsync(ct);
        var aliasesOf = aliases.ToLookup(a => a.PersonId);
        var docsOf = existing.ToLookup(d => d.PersonId);
        foreach (var (id, name, born) in heads)
        {
            var names = aliasesOf[id].Select(a => a.Name);
            Reconcile(db, docsOf[id].ToList(), PersonNames(name, names, born, credits.GetValueOrDefault(id)),
                d => { d.Kind = SearchKind.Person; d.PersonId = id; });
        }
        foreach (var person in newPeople)
        {
            Reconcile(db, [], PersonNames(person.Name, person.Aliases.Select(a => a.Name), person.BirthYear, person.Credits.Count),
                d => { d.Kind = SearchKind.Person; d.Person = person; });
        }
    }

    /// <summary>Film weight: IMDb votes, with a little for each credit so films without votes still rank by size.</summary>
    public static double FilmWeight(int votes, int credits) => votes + (double)SearchWeights.CreditWeight * credits;

    private static List<Desired> FilmNames(string title, string? original, IEnumerable<string> others, int? year, double weight) =>
        Distinct([new Desired(title, "", true, year, weight), .. new[] { original }.Concat(others).OfType<string>().Select(n => new Desired(n, "", false, year, weight))]);

    private static List<Desired> PersonNames(string name, IEnumerable<string> aliases, int? born, int credits) =>
        Distinct([new Desired(name, "", true, born, credits), .. aliases.Select(a => new Desired(a, "", false, born, credits))]);

    // One document per distinct key: twenty regions calling a film "Anora" need one row, not twenty.
    private static List<Desired> Distinct(IEnumerable<Desired> names) =>
        names.Select(n => n with { Key = SearchKey.From(n.Name) })
            .Where(n => n.Key.Length > 0)
            .GroupBy(n => n.Key).Select(g => g.First()).ToList();

    private static List<T> Overlay<T>(List<T> stored, IEnumerable<EntityEntry<T>> entries, Func<T, int> id, Func<T, int> owner) where T : class
    {
        var byId = stored.ToDictionary(id);
        foreach (var e in entries)
        {
            if (e.Metadata.FindPrimaryKey()!.Properties.Any(p => e.Property(p.Name).IsTemporary)) { if (owner(e.Entity) > 0) byId[-byId.Count - 1] = e.Entity; continue; }
            if (e.State == EntityState.Deleted) byId.Remove(id(e.Entity));
            else byId[id(e.Entity)] = e.Entity;
        }
        return byId.Values.ToList();
    }

    private static void Reconcile(MarqueeDbContext db, List<SearchDocument> existing, List<Desired> desired, Action<SearchDocument> owner)
    {
        var set = db.Set<SearchDocument>();
        foreach (var doc in existing)
        {
            var want = desired.FirstOrDefault(d => d.Key == doc.Key);
            if (want is null) { set.Remove(doc); continue; }
            desired.Remove(want);
            if (doc.Name != want.Name) doc.Name = want.Name;
            if (doc.IsPrimary != want.IsPrimary) doc.IsPrimary = want.IsPrimary;
            if (doc.Year != want.Year) doc.Year = want.Year;
            if (Math.Abs(doc.Weight - want.Weight) > 0.001) doc.Weight = want.Weight;
        }
        foreach (var want in desired)
        {
            var doc = new SearchDocument { Name = Clip(want.Name), Key = Clip(want.Key, 600), IsPrimary = want.IsPrimary, Year = want.Year, Weight = want.Weight };
            owner(doc);
            set.Add(doc);
        }
    }

    private static string Clip(string text, int max = 300) => text.Length <= max ? text : text[..max];
}

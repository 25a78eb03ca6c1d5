using System.Globalization;
using Marquee.Core.Common;
using Marquee.Core.Films;
using Marquee.Data.Search;
using Marquee.Core.Search;
using Marquee.Core.Text;

namespace Marquee.Import.Catalog.Imdb.Bulk;

/// <summary>
/// Turns parsed IMDb rows into staging rows, computing in C# what SQL cannot (slugs, sort titles, search keys, credit
/// roles), and drops rows the import does not want: anything about a title that is not an imported film, and (unless
/// all people are asked for) people with no credit in them. IMDb ids are kept as numbers: memory stays small.
/// </summary>
internal sealed class ImdbStager(bool allPeople)
{
    private readonly HashSet<long> stagedTitles = [];
    private readonly HashSet<long> knownTitles = [];
    private readonly HashSet<long> stagedRatings = [];
    private readonly HashSet<long> stagedNames = [];
    private readonly HashSet<long> credited = [];

    public static long Number(string imdbId) => long.Parse(imdbId.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Films already in the catalogue with an IMDb id: their ratings, titles and credits are imported too.</summary>
    public void KnowFilm(string tconst) => knownTitles.Add(Number(tconst));

    /// <summary>People already in the catalogue with an IMDb id are kept up to date even without a new credit.</summary>
    public void KnowPerson(string nconst) => credited.Add(Number(nconst));

    public void Restore(StageTable table, string id)
    {
        var n = Number(id);
        if (table == StageTable.Titles) { stagedTitles.Add(n); knownTitles.Add(n); }
        else if (table == StageTable.Ratings) stagedRatings.Add(n);
        else if (table == StageTable.Names) stagedNames.Add(n);
        else if (table == StageTable.Credits) credited.Add(n);
    }

    /// <summary>A file read again from its top: what was staged from it before is gone, so it is no longer a duplicate.</summary>
    public void Forget(StageTable table)
    {
        if (table == StageTable.Titles) stagedTitles.Clear();
        else if (table == StageTable.Ratings) stagedRatings.Clear();
        else if (table == StageTable.Names) stagedNames.Clear();
    }

    public List<object?[]> Titles(IReadOnlyList<Lined<TitleBasics>> batch, ImportStats stats)
    {
        var rows = new List<object?[]>(batch.Count);
        foreach (var (t, line) in batch)
        {
            if (!stagedTitles.Add(Number(t.Tconst))) { stats.Skipped++; continue; } // the same title twice: the first counts
            knownTitles.Add(Number(t.Tconst));
            var (first, alt) = FirstTwo(CatalogMerge.FilmSlugBase(t.PrimaryTitle, t.StartYear), t.Tconst);
            rows.Add([t.Tconst, t.PrimaryTitle, t.OriginalTitle, t.StartYear, t.RuntimeMinutes, t.Genres.ToArray(), TitleSort.KeyFor(t.PrimaryTitle),
                first, alt, Key(t.PrimaryTitle), t.OriginalTitle is null ? null : Key(t.OriginalTitle), line]);
        }
        return rows;
    }

    public List<object?[]> Ratings(IReadOnlyList<Lined<TitleRating>> batch, ImportStats stats)
    {
        var rows = new List<object?[]>(batch.Count);
        foreach (var (r, _) in batch)
        {
            var n = Number(r.Tconst);
            if (!knownTitles.Contains(n) || !stagedRatings.Add(n)) { stats.Skipped++; continue; }
            rows.Add([r.Tconst, r.AverageRating, r.NumVotes]);
        }
        return rows;
    }

    public List<object?[]> Akas(IReadOnlyList<Lined<TitleAka>> batch, ImportStats stats)
    {
        var rows = new List<object?[]>(batch.Count);
        foreach (var (a, line) in batch)
        {
            if (!knownTitles.Contains(Number(a.Tconst))) { stats.Skipped++; continue; }
            rows.Add([a.Tconst, a.Title, a.Region, a.Language, a.Types, Key(a.Title), line]);
        }
        return rows;
    }

    public List<object?[]> Principals(IReadOnlyList<Lined<TitlePrincipal>> batch, ImportStats stats)
    {
        var rows = new List<object?[]>(batch.Count);
        foreach (var (p, line) in batch)
        {
            if (!knownTitles.Contains(Number(p.Tconst))) { stats.Skipped++; continue; }
            credited.Add(Number(p.Nconst));
            var (cast, department, job) = ImdbFiles.Role(p.Category, p.Job);
            rows.Add([p.Tconst, p.Nconst, cast ? 1 : 2, department, job,
                cast && p.Characters.Count > 0 ? p.Characters[0] : null, cast ? p.Characters.Skip(1).ToArray() : Array.Empty<string>(),
                Math.Max(0, p.Ordering - 1), 0, line]);
        }
        return rows;
    }

    public List<object?[]> Crew(IReadOnlyList<Lined<TitleCrew>> batch, ImportStats stats)
    {
        var rows = new List<object?[]>(batch.Count);
        foreach (var (c, line) in batch)
        {
            if (!knownTitles.Contains(Number(c.Tconst))) { stats.Skipped++; continue; }
            var jobs = c.Directors.Select((n, i) => (n, "Directing", CrewJobs.Director, i)).Concat(c.Writers.Select((n, i) => (n, "Writing", CrewJobs.Writer, 100 + i)));
            foreach (var (nconst, department, job, order) in jobs)
            {
                credited.Add(Number(nconst));
                rows.Add([c.Tconst, nconst, 2, department, job, null, Array.Empty<string>(), order, 1, line]);
            }
        }
        return rows;
    }

    public List<object?[]> Names(IReadOnlyList<Lined<NameBasics>> batch, ImportStats stats)
    {
        var rows = new List<object?[]>(batch.Count);
        foreach (var (n, line) in batch)
        {
            var id = Number(n.Nconst);
            if ((!allPeople && !credited.Contains(id)) || !stagedNames.Add(id)) { stats.Skipped++; continue; }
            var (first, alt) = FirstTwo(CatalogMerge.PersonSlugBase(n.PrimaryName), n.Nconst);
            rows.Add([n.Nconst, n.PrimaryName, n.BirthYear, n.DeathYear, first, alt, Key(n.PrimaryName), line]);
        }
        return rows;
    }

    /// <summary>The first two of <see cref="SlugClaim.Candidates"/>, staged for the set-based claim (<see cref="ImdbMerge"/>).</summary>
    private static (string First, string Alternative) FirstTwo(string slugBase, string id)
    {
        var candidates = SlugClaim.Candidates(slugBase, id).Take(2).ToList();
        return (candidates[0], candidates[1]);
    }

    private static string Key(string name)
    {
        var key = SearchKey.From(name);
        return key.Length <= 600 ? key : key[..600];
    }
}

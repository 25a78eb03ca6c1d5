using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Search;

/// <summary>Builds the search documents of every film, person and review: for a database that had them before search existed.</summary>
public sealed class SearchIndexer(MarqueeDbContext db)
{
    private const int BatchSize = 1000;

    /// <summary>Reconciles every film's and person's documents, a batch at a time; returns how many were visited.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        var visited = 0;
        visited += await WalkAsync(db.Films.Select(f => f.Id), ids => SearchIndexSync.SyncAsync(db, ids, [], ct), ct);
        visited += await WalkAsync(db.People.Select(p => p.Id), ids => SearchIndexSync.SyncAsync(db, [], ids, ct), ct);
        return visited;
    }

    /// <summary>Writes the search entries of every published review (for a database from before review search).</summary>
    public async Task<int> RebuildReviewsAsync(CancellationToken ct = default)
    {
        var reviews = await db.Reviews.ToListAsync(ct);
        await ReviewSearch.SyncAsync(db, reviews.Select(r => db.Entry(r)).ToList(), ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return reviews.Count;
    }

    /// <summary>Reconciles the documents of these films and people, a batch at a time (after a bulk change to them).</summary>
    public async Task RefreshAsync(IReadOnlyCollection<int> filmIds, IReadOnlyCollection<int> personIds, CancellationToken ct = default)
    {
        foreach (var batch in filmIds.Chunk(BatchSize))
        {
            await SearchIndexSync.SyncAsync(db, batch.ToHashSet(), [], ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        foreach (var batch in personIds.Chunk(BatchSize))
        {
            await SearchIndexSync.SyncAsync(db, [], batch.ToHashSet(), ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<int> WalkAsync(IQueryable<int> ids, Func<HashSet<int>, Task> sync, CancellationToken ct)
    {
        var after = 0;
        var count = 0;
        while (true)
        {
            var batch = await ids.Where(id => id > after).OrderBy(id => id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return count;
            await sync(batch.ToHashSet());
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = batch[^1];
            count += batch.Count;
        }
    }
}

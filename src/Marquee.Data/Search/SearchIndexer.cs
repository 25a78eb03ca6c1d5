using Marquee.Core.Films;
using Marquee.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Search;

/// <summary>
/// Builds the search documents of every film, person and review. A migration that changes how documents are computed
/// asks for a re-index by writing a checkpoint in its own transaction (<see cref="RequestSql"/>); start-up and
/// <c>migrate</c> run what was asked (<see cref="RunRequestedAsync"/>), a batch per transaction with the checkpoint, so
/// a re-index that was killed goes on from where it stopped, and one started by two nodes at once is done once.
/// A re-index of films also refreshes their sort keys, which come from the same text fold as their search keys.
/// </summary>
public sealed class SearchIndexer(MarqueeDbContext db)
{
    private const int BatchSize = 1000;

    /// <summary>The checkpoints' source; their file is the table re-indexed, one of the three below.</summary>
    public const string CheckpointSource = "search";

    public const string Films = "films";
    public const string People = "people";
    public const string Reviews = "reviews";

    /// <summary>The statements a migration runs to ask for a re-index of these tables (started afresh if one was under way).</summary>
    public static IEnumerable<string> RequestSql(bool postgres, params string[] tables) => tables.SelectMany(table => new[]
    {
        $"""DELETE FROM "ImportCheckpoints" WHERE "Source" = '{CheckpointSource}' AND "File" = '{table}';""",
        $"""
        INSERT INTO "ImportCheckpoints" ("Source", "File", "Fingerprint", "LinesDone", "Completed", "UpdatedAt")
        VALUES ('{CheckpointSource}', '{table}', 'reindex', 0, {(postgres ? "FALSE, now()" : "0, 0")});
        """,
    });

    /// <summary>Runs every re-index a migration asked for and that has not finished; returns the tables it finished.</summary>
    public async Task<IReadOnlyList<string>> RunRequestedAsync(Action<string>? report = null, CancellationToken ct = default)
    {
        var requested = await Checkpoints().Where(c => !c.Completed).OrderBy(c => c.Id).Select(c => c.File).ToListAsync(ct);
        foreach (var table in requested)
        {
            var done = 0;
            bool more;
            do
            {
                (more, var count) = await NextBatchAsync(table, ct);
                done += count;
                if (more && done % (100 * BatchSize) == 0) report?.Invoke($"Re-indexing search: {table}, {done:N0} so far");
            }
            while (more);
            if (done > 0) report?.Invoke($"Re-indexed search: {table}, {done:N0}");
        }
        return requested;
    }

    /// <summary>Writes the search entries of every review.</summary>
    private async Task<int> RebuildReviewsAsync(CancellationToken ct = default)
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

    /// <summary>One batch of a requested re-index, with its checkpoint, in one transaction: whether more follow, and its size.</summary>
    private async Task<(bool More, int Count)> NextBatchAsync(string table, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Another node may be re-indexing too: batches take turns, and each starts where the last one left off.
        // (A SQLite write transaction already excludes every other writer.)
        await db.Dialect.Search.LockIndexAsync(db.Database, ct);
        var checkpoint = await Checkpoints().SingleAsync(c => c.File == table, ct);
        if (checkpoint.Completed) return (false, 0);

        var after = (int)checkpoint.LinesDone;
        bool more;
        int count;
        if (table == Reviews) (more, count) = (false, await RebuildReviewsAsync(ct));
        else
        {
            var (ids, sync) = table switch
            {
                Films => (db.Films.Select(f => f.Id), (Func<HashSet<int>, Task>)(async batch =>
                {
                    await RefreshSortTitlesAsync(batch, ct);
                    await SearchIndexSync.SyncAsync(db, batch, [], ct);
                })),
                People => (db.People.Select(p => p.Id), batch => SearchIndexSync.SyncAsync(db, [], batch, ct)),
                _ => throw new InvalidOperationException($"A re-index of '{table}' was asked for; only {Films}, {People} and {Reviews} are indexed."),
            };
            var batch = await ids.Where(id => id > after).OrderBy(id => id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count > 0)
            {
                await sync(batch.ToHashSet());
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                after = batch[^1];
            }
            (more, count) = (batch.Count == BatchSize, batch.Count);
        }
        await Checkpoints().Where(c => c.Id == checkpoint.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.LinesDone, after)
            .SetProperty(c => c.Completed, !more)
            .SetProperty(c => c.UpdatedAt, DateTimeOffset.UtcNow), ct);
        await transaction.CommitAsync(ct);
        return (more, count);
    }

    // Written past the change tracker: a recomputed key is no edit, so the film's version and UpdatedAt stay as they were.
    private async Task RefreshSortTitlesAsync(HashSet<int> ids, CancellationToken ct)
    {
        var films = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Title, f.SortTitle }).ToListAsync(ct);
        foreach (var film in films)
        {
            var key = TitleSort.KeyFor(film.Title);
            if (key != film.SortTitle) await db.Films.Where(f => f.Id == film.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.SortTitle, key), ct);
        }
    }

    private IQueryable<ImportCheckpoint> Checkpoints() => db.Set<ImportCheckpoint>().AsNoTracking().Where(c => c.Source == CheckpointSource);
}

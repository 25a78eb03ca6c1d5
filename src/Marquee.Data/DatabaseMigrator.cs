using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marquee.Data;

/// <summary>Applies the provider's migrations; the `migrate` command and start-up call it.</summary>
public sealed class DatabaseMigrator(MarqueeDbContext db)
{
    /// <summary>Applies pending migrations, then any search re-index they asked for; returns the migrations applied.</summary>
    /// <param name="report">Told of a re-index as it goes (on a large catalogue it takes minutes).</param>
    public async Task<IReadOnlyList<string>> MigrateAsync(Action<string>? report = null, CancellationToken ct = default)
    {
        // Migrations, a re-index and the wait for another node's migration lock take as long as they take: no command timeout.
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        await db.Dialect.PrepareAsync(db.Database, ct);
        var pending = await PendingAsync(ct);
        if (pending.Count > 0) await db.Database.MigrateAsync(ct);
        // Search keys are computed in C#, not SQL: a migration that changes them asks for a re-index, which runs here
        // (and goes on here after a kill, since the migration itself is already recorded as applied).
        await new Search.SearchIndexer(db).RunRequestedAsync(report, ct);
        return pending;
    }

    /// <summary>
    /// The migrations not applied yet. EF finds out by querying its history table, and on a new PostgreSQL database,
    /// which has none, logs the failed query as an error (dotnet/efcore#37328): an operator's first start should not
    /// show one, so the (empty) table is made first, as EF itself would make it.
    /// </summary>
    private async Task<List<string>> PendingAsync(CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
        return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
    }
}

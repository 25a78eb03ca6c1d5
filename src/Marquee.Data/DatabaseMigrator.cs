using Microsoft.EntityFrameworkCore;

namespace Marquee.Data;

/// <summary>Applies the provider's migrations; the `migrate` command and start-up call it.</summary>
public sealed class DatabaseMigrator(MarqueeDbContext db)
{
    /// <summary>Applies pending migrations, then any search re-index they asked for; returns the migrations applied.</summary>
    /// <param name="report">Told of a re-index as it goes (on a large catalogue it takes minutes).</param>
    public async Task<IReadOnlyList<string>> MigrateAsync(Action<string>? report = null, CancellationToken ct = default)
    {
        // WAL lets readers run while a writer works; it is stored in the file, so once is enough.
        if (db.ProviderName == "sqlite") await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync(ct);
        // Search keys are computed in C#, not SQL: a migration that changes them asks for a re-index, which runs here
        // (and goes on here after a kill, since the migration itself is already recorded as applied).
        await new Search.SearchIndexer(db).RunRequestedAsync(report, ct);
        return pending;
    }

    public async Task<bool> CanConnectAsync(CancellationToken ct = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return false;
        }
    }
}

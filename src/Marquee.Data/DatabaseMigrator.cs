using Microsoft.EntityFrameworkCore;

namespace Marquee.Data;

/// <summary>Applies the provider's migrations; the `migrate` command and start-up call it.</summary>
public sealed class DatabaseMigrator(MarqueeDbContext db)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        // WAL lets readers run while a writer works; it is stored in the file, so once is enough.
        if (db.ProviderName == "sqlite") await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync(ct);
        // Migrations after which search documents are recomputed in C# (their keys are not computable in SQL).
        if (Any(pending, "_CatalogSearch", "_SearchKeySpellings")) await new Search.SearchIndexer(db).RebuildAsync(ct);
        if (Any(pending, "_ReviewSearch", "_SearchKeySpellings")) await new Search.SearchIndexer(db).RebuildReviewsAsync(ct);
        return pending;
    }

    private static bool Any(List<string> pending, params string[] suffixes) =>
        pending.Any(m => suffixes.Any(s => m.EndsWith(s, StringComparison.Ordinal)));

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

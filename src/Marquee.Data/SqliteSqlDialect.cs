using Marquee.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marquee.Data;

/// <summary>SQLite's statements: JSON list columns, FTS5 indexes, WAL.</summary>
internal sealed class SqliteSqlDialect : SqlDialect
{
    public override T Pick<T>(Func<T> sqlite, Func<T> postgres) => sqlite();

    internal override string GenresSql => "SELECT DISTINCT j.value AS Value FROM Films, json_each(Films.Genres) AS j";

    // WAL lets readers run while a writer works; it is stored in the file, so once is enough.
    internal override Task PrepareAsync(DatabaseFacade database, CancellationToken ct) =>
        database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    internal override SearchDialect Search { get; } = new SqliteSearchDialect();
}

using Marquee.Data.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marquee.Data;

/// <summary>
/// The one seam for what SQLite and PostgreSQL do differently. Each provider's context names its dialect
/// (<see cref="MarqueeDbContext.Dialect"/>); hand-written SQL asks it for a statement by name instead of asking which provider it is.
/// </summary>
public abstract class SqlDialect
{
    internal static readonly SqlDialect Sqlite = new SqliteSqlDialect();
    internal static readonly SqlDialect Postgres = new PostgresSqlDialect();

    /// <summary>This provider's one of two: for provider-specific code outside this assembly (the bulk importer).</summary>
    public abstract T Pick<T>(Func<T> sqlite, Func<T> postgres);

    /// <summary>The genres in use, one a row in a text column "Value", unnested from the list column.</summary>
    internal abstract string GenresSql { get; }

    /// <summary>What the database needs before migrations run, on every start.</summary>
    internal virtual Task PrepareAsync(DatabaseFacade database, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Search's full-text and typo indexes.</summary>
    internal abstract SearchDialect Search { get; }
}

using Marquee.Data.Search;

namespace Marquee.Data;

/// <summary>PostgreSQL's statements: array list columns, full-text search and pg_trgm, advisory locks.</summary>
internal sealed class PostgresSqlDialect : SqlDialect
{
    public override T Pick<T>(Func<T> sqlite, Func<T> postgres) => postgres();

    internal override string GenresSql => "SELECT DISTINCT unnest(\"Genres\") AS \"Value\" FROM \"Films\"";

    internal override SearchDialect Search { get; } = new PostgresSearchDialect();
}

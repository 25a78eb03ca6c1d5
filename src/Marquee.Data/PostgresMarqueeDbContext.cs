using Microsoft.EntityFrameworkCore;

namespace Marquee.Data;

/// <summary>PostgreSQL, for sites that run several app nodes. Migrations in Migrations/Postgres.</summary>
public sealed class PostgresMarqueeDbContext(DbContextOptions<PostgresMarqueeDbContext> options) : MarqueeDbContext(options)
{
    public override SqlDialect Dialect => SqlDialect.Postgres;
}

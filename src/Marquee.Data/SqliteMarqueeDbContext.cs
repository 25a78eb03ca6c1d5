using Microsoft.EntityFrameworkCore;

namespace Marquee.Data;

/// <summary>SQLite, the default: one file in the data folder. Migrations in Migrations/Sqlite.</summary>
public sealed class SqliteMarqueeDbContext(DbContextOptions<SqliteMarqueeDbContext> options) : MarqueeDbContext(options)
{
    public override SqlDialect Dialect => SqlDialect.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset stored as text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetTicksConverter>();
    }
}

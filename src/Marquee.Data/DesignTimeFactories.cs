using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marquee.Data;

// Used only by `dotnet ef migrations add`; the app builds its contexts in DataServices.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMarqueeDbContext>
{
    public SqliteMarqueeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMarqueeDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMarqueeDbContext>
{
    public PostgresMarqueeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMarqueeDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

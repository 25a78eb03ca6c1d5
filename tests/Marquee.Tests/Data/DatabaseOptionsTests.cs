using Marquee.Data;
using Npgsql;

namespace Marquee.Tests.Data;

/// <summary>PostgreSQL connections are bounded: a connect and a command timeout unless the operator chose their own.</summary>
public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData("Host=db;Database=marquee", 5, 15)]
    [InlineData("Host=db;Database=marquee;Timeout=30", 30, 15)]
    [InlineData("Host=db;Database=marquee;Command Timeout=120", 5, 120)]
    [InlineData("host=db;database=marquee;commandtimeout=0;TIMEOUT=2", 2, 0)]
    public void PostgreSQL_gets_timeouts_unless_the_connection_string_sets_them(string given, int connect, int command)
    {
        var effective = new NpgsqlConnectionStringBuilder(new DatabaseOptions { Database = given }.PostgresConnectionString);
        Assert.Equal(connect, effective.Timeout);
        Assert.Equal(command, effective.CommandTimeout);
        Assert.Equal("marquee", effective.Database);
    }
}

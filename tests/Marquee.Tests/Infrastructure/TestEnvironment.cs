namespace Marquee.Tests.Infrastructure;

/// <summary>What the test command provides: a PostgreSQL server, Chromium, and a folder for artefacts.</summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("MARQUEE_TEST_POSTGRES");

    /// <summary>Redocly CLI, installed by ./test.sh from tools/redocly. Never skipped: without it the test fails saying so.</summary>
    public static string RedoclyPath => Environment.GetEnvironmentVariable("MARQUEE_TEST_REDOCLY") is { Length: > 0 } path
        ? path
        : throw new InvalidOperationException(
            "MARQUEE_TEST_REDOCLY is not set: run ./test.sh, which installs Redocly CLI into tools/redocly (npm ci) and sets it, "
            + "or set it to tools/redocly/node_modules/.bin/redocly yourself.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("MARQUEE_TEST_CHROMIUM") ?? "/usr/bin/chromium";

    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("MARQUEE_TEST_ARTIFACTS")
                ?? Path.Combine(Path.GetTempPath(), "marquee-test-artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>A new empty folder under the system temp folder, for one app's SQLite file.</summary>
    public static string NewDataDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marquee-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A fresh database on the test PostgreSQL server; skips the test when no server was given.</summary>
    public static string NewPostgresDatabase()
    {
        var admin = PostgresConnectionString;
        if (admin is null) Assert.Skip("MARQUEE_TEST_POSTGRES is not set; ./test.sh starts a server and sets it.");
        var name = "marquee_" + Guid.NewGuid().ToString("n")[..16];
        using (var connection = new Npgsql.NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = name };
        return builder.ConnectionString;
    }
}

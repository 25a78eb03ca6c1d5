using System.Data.Common;
using Npgsql;

namespace Marquee.Data;

/// <summary>Where the data lives: a PostgreSQL connection string, or else a SQLite file in <see cref="DataDirectory"/>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Folder for the SQLite file and uploaded images.</summary>
    public string DataDirectory { get; set; } = "marquee-data";

    /// <summary>A PostgreSQL connection string; empty means SQLite.</summary>
    public string? Database { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Database);

    /// <summary>Seconds to wait for a PostgreSQL connection, unless the connection string sets <c>Timeout</c>.</summary>
    public const int ConnectTimeoutSeconds = 5;

    /// <summary>Seconds a PostgreSQL command may run, unless the connection string sets <c>Command Timeout</c>.</summary>
    public const int CommandTimeoutSeconds = 15;

    /// <summary>
    /// <see cref="Database"/> with <see cref="ConnectTimeoutSeconds"/> and <see cref="CommandTimeoutSeconds"/> where it
    /// sets none: Npgsql's own defaults (15 s to connect, 30 s per command) let a database that stopped answering hold
    /// each request for most of a minute.
    /// </summary>
    public string PostgresConnectionString
    {
        get
        {
            var given = new DbConnectionStringBuilder { ConnectionString = Database };
            var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var builder = new NpgsqlConnectionStringBuilder(Database);
            if (!keys.Contains("Timeout")) builder.Timeout = ConnectTimeoutSeconds;
            if (!keys.Contains("CommandTimeout")) builder.CommandTimeout = CommandTimeoutSeconds;
            return builder.ConnectionString;
        }
    }

    public string SqlitePath => Path.Combine(Path.GetFullPath(DataDirectory), "marquee.db");

    public string SqliteConnectionString => $"Data Source={SqlitePath};Pooling=True;Foreign Keys=True";

    /// <summary>Where it points, for logs and messages, without a password.</summary>
    public string Describe() => UsesPostgres
        ? "PostgreSQL " + string.Join(';', Database!.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : "SQLite " + SqlitePath;
}

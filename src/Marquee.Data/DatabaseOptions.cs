namespace Marquee.Data;

/// <summary>Where the data lives: a PostgreSQL connection string, or else a SQLite file in <see cref="DataDirectory"/>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Folder for the SQLite file and uploaded images.</summary>
    public string DataDirectory { get; set; } = "marquee-data";

    /// <summary>A PostgreSQL connection string; empty means SQLite.</summary>
    public string? Database { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Database);

    public string SqlitePath => Path.Combine(Path.GetFullPath(DataDirectory), "marquee.db");

    public string SqliteConnectionString => $"Data Source={SqlitePath};Pooling=True;Foreign Keys=True";

    /// <summary>Where it points, for logs and messages, without a password.</summary>
    public string Describe() => UsesPostgres
        ? "PostgreSQL " + string.Join(';', Database!.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : "SQLite " + SqlitePath;
}

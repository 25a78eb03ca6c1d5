using System.Data.Common;
using System.Text.Json;
using Marquee.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Marquee.Import.Catalog.Imdb.Bulk;

/// <summary>
/// What differs between SQLite and PostgreSQL in a bulk import: how rows reach the staging tables (prepared INSERTs
/// reused per batch transaction; binary COPY), list columns (JSON text; arrays), null-safe comparison, timestamps.
/// </summary>
internal abstract class BulkDialect
{
    public static BulkDialect For(MarqueeDbContext db) => db.Dialect.Pick<BulkDialect>(() => new SqliteDialect(), () => new PostgresDialect());

    /// <summary>a = b, where two nulls are equal.</summary>
    public abstract string Same(string a, string b);

    public abstract string EmptyList { get; }

    public abstract string IsEmptyList(string column);

    /// <summary>The value stored in CreatedAt/UpdatedAt columns for a moment.</summary>
    public abstract object Stamp(DateTimeOffset at);

    public abstract string CreateStage(StageTable table);

    /// <summary>Settings for the bulk connection: a bigger page cache, fewer syncs where that is safe.</summary>
    public abstract string? BulkSettings { get; }

    public abstract Task WriteAsync(DbConnection connection, DbTransaction transaction, StageTable table, IReadOnlyList<object?[]> rows, CancellationToken ct);

    /// <summary>Indexes on a table that are cheaper to build once after a large load than to keep up row by row.</summary>
    public abstract string SecondaryIndexesSql(string table);

    /// <summary>Foreign keys on a table that are cheaper to check once after a large load (name, "ALTER TABLE … ADD" statement), or null.</summary>
    public virtual string? ForeignKeysSql(string table) => null;
}

internal sealed class SqliteDialect : BulkDialect
{
    private readonly Dictionary<string, SqliteCommand> inserts = [];

    public override string Same(string a, string b) => $"{a} IS {b}";
    public override string EmptyList => "'[]'";
    public override string IsEmptyList(string column) => $"{column} = '[]'";
    public override object Stamp(DateTimeOffset at) => at.UtcTicks;

    // The staging tables live in the database file, so rows staged before a kill are there on resume.
    public override string CreateStage(StageTable table) =>
        $"CREATE TABLE IF NOT EXISTS \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\" {Type(c.Type)}"))})";

    // Under WAL (set by the migrator) synchronous=NORMAL already skips the sync per commit, safely; what helps the
    // merge is a bigger page cache (64 MB) for the joins and index builds; more pushed a 10 M-credit load near 1 GB.
    public override string BulkSettings => "PRAGMA cache_size=-64000; PRAGMA temp_store=FILE;";

    // Synchronous per row: SQLite has no real async I/O, and a Task per row costs more than the insert.
    public override Task WriteAsync(DbConnection connection, DbTransaction transaction, StageTable table, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        if (!inserts.TryGetValue(table.Name, out var insert) || insert.Connection != connection)
        {
            insert = (SqliteCommand)connection.CreateCommand();
            insert.CommandText = $"INSERT INTO \"{table.Name}\" VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < table.Columns.Count; i++) insert.Parameters.Add(new SqliteParameter($"$p{i}", null));
            insert.Transaction = (SqliteTransaction)transaction;
            insert.Prepare();
            inserts[table.Name] = insert;
        }
        insert.Transaction = (SqliteTransaction)transaction;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                insert.Parameters[i].Value = row[i] switch { null => DBNull.Value, string[] list => JsonSerializer.Serialize(list), var v => v };
            insert.ExecuteNonQuery();
        }
        ct.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    public override string SecondaryIndexesSql(string table) =>
        $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'";

    private static string Type(StageType type) => type switch
    {
        StageType.Int or StageType.Long => "INTEGER",
        StageType.Double => "REAL",
        _ => "TEXT",
    };
}

internal sealed class PostgresDialect : BulkDialect
{
    public override string Same(string a, string b) => $"{a} IS NOT DISTINCT FROM {b}";
    public override string EmptyList => "'{}'";
    public override string IsEmptyList(string column) => $"cardinality({column}) = 0";
    public override object Stamp(DateTimeOffset at) => at.ToUniversalTime();

    // Unlogged: no write-ahead log for scratch rows; they survive a killed client, which is what resuming needs.
    public override string CreateStage(StageTable table) =>
        $"CREATE UNLOGGED TABLE IF NOT EXISTS \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\" {Type(c.Type)}"))})";

    public override string? BulkSettings => "SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB';";

    public override async Task WriteAsync(DbConnection connection, DbTransaction transaction, StageTable table, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\""));
        await using var copy = await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        // Synchronous writes into Npgsql's buffer; it flushes to the server as it fills.
        foreach (var row in rows)
        {
            copy.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null) copy.WriteNull();
                else copy.Write(row[i], DbType(table.Columns[i].Type));
            }
        }
        await copy.CompleteAsync(ct);
    }

    public override string SecondaryIndexesSql(string table) =>
        $"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '{table}' AND indexdef NOT LIKE 'CREATE UNIQUE%'";

    // PostgreSQL checks a foreign key with a trigger and a row lock on the parent per inserted row; adding the
    // constraint back checks every row in one join, as pg_restore does.
    public override string ForeignKeysSql(string table) => $"""
        SELECT conname, 'ALTER TABLE "{table}" ADD CONSTRAINT "' || conname || '" ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE contype = 'f' AND conrelid = '"{table}"'::regclass
        """;

    private static string Type(StageType type) => type switch
    {
        StageType.Int => "integer",
        StageType.Long => "bigint",
        StageType.Double => "double precision",
        StageType.TextList => "text[]",
        _ => "text",
    };

    private static NpgsqlDbType DbType(StageType type) => type switch
    {
        StageType.Int => NpgsqlDbType.Integer,
        StageType.Long => NpgsqlDbType.Bigint,
        StageType.Double => NpgsqlDbType.Double,
        StageType.TextList => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => NpgsqlDbType.Text,
    };
}

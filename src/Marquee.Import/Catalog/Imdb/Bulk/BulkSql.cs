using System.Data.Common;

namespace Marquee.Import.Catalog.Imdb.Bulk;

/// <summary>Runs the merge's SQL on one connection and transaction, with @now bound; no timeout (a merge of millions takes minutes).</summary>
internal sealed class BulkSql(DbConnection connection, DbTransaction transaction, BulkDialect dialect, DateTimeOffset now)
{
    public BulkDialect Dialect => dialect;

    public async Task<long> ExecAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<long> CountAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<object?[]>> RowsAsync(string sql, CancellationToken ct)
    {
        await using var command = Command(sql, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(ct))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// Runs a large insert into a table with its secondary indexes dropped and then rebuilt (one sort instead of a
    /// tree update per row), and where the provider gains by it its foreign keys too, when the insert is at least as
    /// big as the table; a small one keeps them.
    /// </summary>
    public async Task<long> WithIndexesDeferredAsync(string table, long incoming, Func<Task<long>> insert, CancellationToken ct)
    {
        var existing = await CountAsync($"SELECT COUNT(*) FROM \"{table}\"", ct);
        if (incoming < 10_000 || incoming < existing) return await insert();
        var indexes = await RowsAsync(dialect.SecondaryIndexesSql(table), ct);
        var keys = dialect.ForeignKeysSql(table) is { } keysSql ? await RowsAsync(keysSql, ct) : [];
        foreach (var key in keys) await ExecAsync($"ALTER TABLE \"{table}\" DROP CONSTRAINT \"{key[0]}\"", ct);
        foreach (var index in indexes) await ExecAsync($"DROP INDEX \"{index[0]}\"", ct);
        var added = await insert();
        foreach (var index in indexes) await ExecAsync((string)index[1]!, ct);
        foreach (var key in keys) await ExecAsync((string)key[1]!, ct);
        return added;
    }

    private DbCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        Add(command, "now", dialect.Stamp(now));
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}

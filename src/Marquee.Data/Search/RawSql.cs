using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marquee.Data.Search;

/// <summary>Runs hand-written search SQL on the context's connection (and transaction) and reads the rows of every result set that has them.</summary>
internal static class RawSql
{
    public static async Task<List<T>> ReadAsync<T>(MarqueeDbContext db, string sql, IReadOnlyList<(string Name, object Value)> args, Func<DbDataReader, T> read, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in args)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                command.Parameters.Add(p);
            }
            var list = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            do
            {
                if (reader.FieldCount == 0) continue;
                while (await reader.ReadAsync(ct)) list.Add(read(reader));
            }
            while (await reader.NextResultAsync(ct));
            return list;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marquee.Data;

/// <summary>What a failed save means, the same on both providers.</summary>
public static class DbErrors
{
    /// <summary>The save broke a unique index: a concurrent writer stored the same thing first.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => IsSqliteUnique(s),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    /// <summary>
    /// The save broke the unique index of <typeparamref name="T"/> on exactly these properties, so the caller can name
    /// the field that clashed rather than guess.
    /// </summary>
    public static bool IsUniqueViolation<T>(this DbContext db, DbUpdateException e, params string[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the model.");
        var index = entity.GetIndexes().Single(i => i.IsUnique && i.Properties.Select(p => p.Name).SequenceEqual(properties));
        return e.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => pg.ConstraintName == index.GetDatabaseName(),
            // SQLite names the columns, not the index: "UNIQUE constraint failed: People.Slug".
            SqliteException s when IsSqliteUnique(s) => s.Message.Contains(
                $"UNIQUE constraint failed: {string.Join(", ", index.Properties.Select(p => $"{entity.GetTableName()}.{p.GetColumnName()}"))}'",
                StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool IsSqliteUnique(SqliteException s) => s is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}

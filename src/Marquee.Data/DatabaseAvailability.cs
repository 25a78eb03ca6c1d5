using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Marquee.Data;

/// <summary>
/// Whether the database answers, known in one place. A failure that looks like the database is unreachable (refused
/// or broken connections, timeouts, a shutting-down server, a SQLite file that cannot be opened or stays locked) has it
/// checked with a short query on a connection of its own. While that check fails the database is down: work that needs
/// it is refused at once (<see cref="ThrowIfDown"/>) rather than each caller waiting out its own timeout, it is checked
/// again every <see cref="ProbeInterval"/>, and the log says so once per <see cref="ReportInterval"/>.
/// </summary>
public sealed class DatabaseAvailability(DatabaseOptions options, TimeProvider clock, ILogger<DatabaseAvailability> logger) : IDisposable
{
    /// <summary>How long one check may take: its connection's and its query's timeout, and the most it is waited for.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private volatile bool down;
    private DateTimeOffset downSince;
    private DateTimeOffset lastReport;
    private int refused;
    private int refusedInOutage;
    private int checking;

    public bool IsDown => down;

    /// <summary>Throws <see cref="DatabaseUnavailableException"/> while the database is down, counting the refusal.</summary>
    public void ThrowIfDown()
    {
        if (!down) return;
        Interlocked.Increment(ref refused);
        throw new DatabaseUnavailableException();
    }

    /// <summary>Told of a failed database call; one that suggests an outage has the database checked in the background.</summary>
    public void OnFailure(Exception failure)
    {
        if (down || !SuggestsOutage(failure) || Interlocked.Exchange(ref checking, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await CheckAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // Shutting down.
            }
            finally
            {
                Volatile.Write(ref checking, 0);
            }
        });
    }

    /// <summary>Runs a check now (taking no longer than <see cref="CheckTimeout"/>) and records its outcome: true when the database answers.</summary>
    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        try
        {
            // Bounded here as well as by the connection's timeouts, in case the driver misses one.
            await ProbeAsync(ct).WaitAsync(CheckTimeout, clock, ct);
        }
        catch (Exception e) when (e is DbException or TimeoutException or IOException or InvalidOperationException)
        {
            MarkDown(e);
            return false;
        }
        MarkUp();
        return true;
    }

    /// <summary>Whether an exception (or one it wraps) means the database is unreachable, or was found so a moment ago.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is DatabaseUnavailableException || SuggestsOutage(e)) return true;
        return false;
    }

    private static bool SuggestsOutage(Exception e) => e switch
    {
        // Class 08: connection exceptions; 57P01-03: the server is shutting down, crashed, or not yet accepting.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03",
        // I/O errors and timeouts; the check tells a dead server from a slow query or a full pool.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => sqlite.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED
            or SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_CANTOPEN,
        _ => false,
    };

    private async Task ProbeAsync(CancellationToken ct)
    {
        var seconds = (int)CheckTimeout.TotalSeconds;
        await using DbConnection connection = options.UsesPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.PostgresConnectionString) { Pooling = false, Timeout = seconds }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(options.SqliteConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        // SQLite opens a file without reading it; the schema query does.
        command.CommandText = options.UsesPostgres ? "SELECT 1" : "SELECT count(*) FROM sqlite_master";
        command.CommandTimeout = seconds;
        await command.ExecuteScalarAsync(ct);
    }

    private void MarkDown(Exception reason)
    {
        lock (gate)
        {
            if (down) return;
            downSince = lastReport = clock.GetUtcNow();
            refused = 0;
            refusedInOutage = 0;
            down = true;
        }
        logger.LogError("Database unreachable ({Database}): {Reason}; requests that need it are answered 503 until it answers again.",
            options.Describe(), Describe(reason));
        _ = ProbeUntilUpAsync();
    }

    private void MarkUp()
    {
        int count;
        TimeSpan outage;
        lock (gate)
        {
            if (!down) return;
            down = false;
            count = refusedInOutage + Interlocked.Exchange(ref refused, 0);
            outage = clock.GetUtcNow() - downSince;
        }
        // Pooled connections opened before the outage may be dead; new ones are made as needed.
        if (options.UsesPostgres) NpgsqlConnection.ClearPool(new NpgsqlConnection(options.PostgresConnectionString));
        else SqliteConnection.ClearPool(new SqliteConnection(options.SqliteConnectionString));
        logger.LogWarning("Database reachable again after {Seconds:0} s; {Refused} calls were refused meanwhile.", outage.TotalSeconds, count);
    }

    private async Task ProbeUntilUpAsync()
    {
        try
        {
            while (down)
            {
                await Task.Delay(ProbeInterval, clock, stopping.Token);
                if (await CheckAsync(stopping.Token)) return;
                ReportIfDue();
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private void ReportIfDue()
    {
        var now = clock.GetUtcNow();
        if (now - lastReport < ReportInterval) return;
        lastReport = now;
        var count = Interlocked.Exchange(ref refused, 0);
        refusedInOutage += count;
        logger.LogWarning("Database still unreachable after {Seconds:0} s; {Refused} calls refused in the last {Interval:0} s.",
            (now - downSince).TotalSeconds, count, ReportInterval.TotalSeconds);
    }

    private static string Describe(Exception e) => (e.InnerException is { } inner && inner.Message != e.Message
        ? $"{e.Message.TrimEnd('.')} ({inner.Message.TrimEnd('.')})"
        : e.Message).TrimEnd('.');

    // Not disposed: a probe loop that wakes up after this still reads its token.
    public void Dispose() => stopping.Cancel();
}

/// <summary>The database was found unreachable a moment ago; the call was refused without trying it.</summary>
public sealed class DatabaseUnavailableException() : DbException("The database is unreachable; it is checked again every second.")
{
    public override bool IsTransient => true;
}

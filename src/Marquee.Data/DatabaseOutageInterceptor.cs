using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marquee.Data;

/// <summary>
/// Connects EF to <see cref="DatabaseAvailability"/>: failed connections and commands are reported to it, and while the
/// database is down a connection is refused before it is tried, so no caller waits out a connect timeout.
/// </summary>
internal sealed class DatabaseOutageInterceptor(DatabaseAvailability availability) : DbConnectionInterceptor, IDbCommandInterceptor
{
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        availability.ThrowIfDown();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        availability.ThrowIfDown();
        return ValueTask.FromResult(result);
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => availability.OnFailure(eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        availability.OnFailure(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => availability.OnFailure(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        availability.OnFailure(eventData.Exception);
        return Task.CompletedTask;
    }
}

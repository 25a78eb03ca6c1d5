using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marquee.Data;

/// <summary>Tells listeners, such as the web page cache, that this process has written to the database.</summary>
public sealed class DataChanges
{
    public event Action? Written;

    internal void Notify() => Written?.Invoke();
}

/// <summary>Raises <see cref="DataChanges.Written"/> after a save that changed rows and after every commit.</summary>
internal sealed class DataChangesInterceptor(DataChanges changes) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0) changes.Notify();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0) changes.Notify();
        return ValueTask.FromResult(result);
    }

    // A save inside an explicit transaction is only visible to readers once it commits.
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Notify();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Notify();
        return Task.CompletedTask;
    }
}

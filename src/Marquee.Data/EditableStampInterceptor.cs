using Marquee.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marquee.Data;

/// <summary>Keeps derived columns in step, sets timestamps and bumps the concurrency version of every editable entity that is saved.</summary>
public sealed class EditableStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        foreach (var film in context.ChangeTracker.Entries<Marquee.Core.Films.Film>())
        {
            if (film.State is EntityState.Added or EntityState.Modified) film.Entity.SortTitle = Marquee.Core.Films.TitleSort.KeyFor(film.Entity.Title);
        }
        foreach (var entry in context.ChangeTracker.Entries<IEditable>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity.CreatedAt == default) entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = entry.OriginalValues.GetValue<long>(nameof(IEditable.Version)) + 1;
                    break;
            }
        }
    }
}

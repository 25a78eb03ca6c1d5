using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marquee.Data.Search;

/// <summary>
/// Keeps the search documents in step with every save of films, people, titles, aliases, credits, ratings and reviews,
/// inside the same SaveChanges, so the index never disagrees with the catalogue it was saved with.
/// </summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is MarqueeDbContext db) SearchIndexSync.ApplyAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MarqueeDbContext db) await SearchIndexSync.ApplyAsync(db, cancellationToken);
        return result;
    }
}

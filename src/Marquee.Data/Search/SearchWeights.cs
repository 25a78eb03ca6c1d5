using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Search;

/// <summary>
/// How well known each searchable name is (a film's votes plus ten per credit; a person's number of credits).
/// Kept current on every save, except inside <see cref="Defer"/>, where a bulk import adds credits by the million and
/// has the weights computed once, set-based, by <see cref="RefreshAsync"/> at its end.
/// </summary>
public static class SearchWeights
{
    private static readonly AsyncLocal<bool> Deferred = new();

    internal static bool IsDeferred => Deferred.Value;

    /// <summary>Until disposed, saves on this async flow leave weights alone (names are still indexed at once).</summary>
    public static IDisposable Defer()
    {
        Deferred.Value = true;
        return new Scope();
    }

    public static async Task RefreshAsync(MarqueeDbContext db, CancellationToken ct = default)
    {
        // The same formula as SearchIndexSync.FilmWeight, in SQL both providers accept.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE "SearchDocuments" SET "Weight" =
              COALESCE((SELECT r."Votes" FROM "FilmRatings" r WHERE r."FilmId" = "SearchDocuments"."FilmId"), 0)
              + 10 * (SELECT COUNT(*) FROM "Credits" c WHERE c."FilmId" = "SearchDocuments"."FilmId")
            WHERE "FilmId" IS NOT NULL
            """, ct);
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE "SearchDocuments" SET "Weight" = (SELECT COUNT(*) FROM "Credits" c WHERE c."PersonId" = "SearchDocuments"."PersonId")
            WHERE "PersonId" IS NOT NULL
            """, ct);
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Deferred.Value = false;
    }
}

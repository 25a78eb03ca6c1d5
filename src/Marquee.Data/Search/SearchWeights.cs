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

    /// <summary>What one credit adds to a film's weight (votes add one each).</summary>
    public const int CreditWeight = 10;

    /// <summary>A film's weight as SQL over two integer expressions; <see cref="SearchIndexSync.FilmWeight"/> in C#.</summary>
    public static string FilmWeightSql(string votes, string credits) => $"{votes} + {CreditWeight} * {credits}";

    public static async Task RefreshAsync(MarqueeDbContext db, CancellationToken ct = default)
    {
        var weight = FilmWeightSql(
            """COALESCE((SELECT r."Votes" FROM "FilmRatings" r WHERE r."FilmId" = "SearchDocuments"."FilmId"), 0)""",
            """(SELECT COUNT(*) FROM "Credits" c WHERE c."FilmId" = "SearchDocuments"."FilmId")""");
        // Built from our own constant SQL fragments only: nothing here comes from a user.
        var films = $"""UPDATE "SearchDocuments" SET "Weight" = {weight} WHERE "FilmId" IS NOT NULL""";
        // Two statements over the whole catalogue, at the end of a bulk import: no command timeout.
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        await db.Database.ExecuteSqlRawAsync(films, ct);
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

using Marquee.Data;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.ArticleImports;

/// <summary>Articles and databases for the import tests: the shared Anora review, and one written here that names a look-alike.</summary>
public static class ImportTestData
{
    public static string AnoraPath => Path.Combine(SharedData.Articles, "anora-collider-2024.txt");

    /// <summary>The body spellings the demo keeps as aliases; the tests remove them so the import has to find them again.</summary>
    public static readonly string[] BodySpellings = ["Mark Eidelstein", "Yura Borisov", "Aleksei Serebryakov"];

    /// <summary>Written for these tests: "Andrej Tarkovsky" is a spelling of someone with no part in Anora, so it waits for an editor.</summary>
    public const string LookAlikeArticle = """
        Anora Review: A Brooklyn Fairy Tale With Teeth

        Published November 3, 2024

        Sean Baker's Anora follows a young dancer through one very long week in Brighton Beach and beyond, and it never once loses its nerve.

        Mikey Madison plays Anora, a dancer who goes by "Ani", and she carries the film from its first scene to its last. The long, quiet ending owes more to filmmaker Andrej Tarkovsky than to any romantic comedy.

        Rating: 4/5
        """;

    public static async Task RemoveBodySpellingsAsync(MarqueeDbContext db, CancellationToken ct) =>
        await db.PersonAliases.Where(a => BodySpellings.Contains(a.Name)).ExecuteDeleteAsync(ct);

    public static async Task<MarqueeUser> AddUserAsync(IServiceProvider services, string role, string? password = null)
    {
        var created = await services.GetRequiredService<UserCommands>().AddAsync($"{role}-{Guid.NewGuid():n}"[..20], role, null, password);
        Assert.True(created.Succeeded, created.Detail);
        return created.Value!.User;
    }

    /// <summary>Counts of every table an import writes to or must leave alone.</summary>
    public static async Task<string> SnapshotAsync(MarqueeDbContext db, CancellationToken ct) => string.Join(",",
        await db.ArticleImports.CountAsync(ct), await db.ProposedLinks.CountAsync(ct), await db.ProposedCredits.CountAsync(ct),
        await db.Reviews.CountAsync(ct), await db.PersonAliases.CountAsync(ct), await db.People.CountAsync(ct), await db.Films.CountAsync(ct),
        string.Join("|", await db.People.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync(ct)).GetHashCode(StringComparison.Ordinal));
}

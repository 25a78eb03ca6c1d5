using Marquee.Data;
using Marquee.Data.Catalog;
using Marquee.Import.Catalog.Imdb;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Catalog;

/// <summary>
/// `marquee import catalog imdb` as a process, killed mid-import and run again: the catalogue ends exactly as after
/// one clean import, with no duplicates, on both providers.
/// </summary>
public sealed class ImdbKillResumeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task A_killed_import_process_resumes_and_ends_like_one_clean_import(Provider provider)
    {
        var dir = ImdbLargeSample.Write(titles: 6000);

        var (clean, cleanArgs) = Target(provider);
        var (code, _, errors) = await MarqueeCli.RunAsync(["import", "catalog", "imdb", dir, "--batch-size", "500", .. cleanArgs]);
        Assert.True(code == 0, errors);

        var (killed, killedArgs) = Target(provider);
        using (var process = MarqueeCli.Start(["import", "catalog", "imdb", dir, "--batch-size", "500", .. killedArgs]))
        {
            // Killed (SIGKILL, no clean-up) as soon as it reports progress on the principals: mid-import, before the merge.
            while (await process.StandardOutput.ReadLineAsync(Ct) is { } line)
            {
                if (line.StartsWith("title.principals", StringComparison.Ordinal)) break;
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Ct);
            Assert.NotEqual(0, process.ExitCode);
        }
        using (var app = App(provider, killed))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            Assert.False((await db.Set<ImportCheckpoint>().SingleAsync(c => c.File == ImdbImporter.MergeCheckpoint, Ct)).Completed);
            Assert.True((await db.Set<ImportCheckpoint>().SingleAsync(c => c.File == "title.basics.tsv.gz", Ct)).Completed);
        }

        var (again, output, againErrors) = await MarqueeCli.RunAsync(["import", "catalog", "imdb", dir, "--batch-size", "500", .. killedArgs]);
        Assert.True(again == 0, againErrors);
        // The files staged before the kill are not read again; the merge they waited for runs now.
        Assert.Contains("title.basics.tsv.gz: read 0, added 5400, updated 0, unchanged 0, skipped 0, bad 0 (done before", output, StringComparison.Ordinal);

        using var reference = App(provider, clean);
        using var resumed = App(provider, killed);
        var expected = await CatalogSnapshot.TakeAsync(reference);
        Assert.Equal(expected, await CatalogSnapshot.TakeAsync(resumed));
        await using var check = resumed.Services.CreateAsyncScope();
        var films = check.ServiceProvider.GetRequiredService<MarqueeDbContext>().Films;
        Assert.Equal(5400, await films.CountAsync(Ct)); // nine in ten titles are films
        Assert.Equal(5400, await films.Select(f => f.ImdbId).Distinct().CountAsync(Ct));
    }

    /// <summary>A fresh database and the CLI arguments that point at it.</summary>
    private static (string Where, string[] Args) Target(Provider provider)
    {
        if (provider == Provider.Postgres)
        {
            var connection = TestEnvironment.NewPostgresDatabase();
            return (connection, ["--database", connection]);
        }
        var data = TestEnvironment.NewDataDirectory();
        return (data, ["--data", data]);
    }

    private static MarqueeApp App(Provider provider, string where) =>
        new(provider, demo: false, new Dictionary<string, string?> { [provider == Provider.Postgres ? "Database" : "Data"] = where });
}

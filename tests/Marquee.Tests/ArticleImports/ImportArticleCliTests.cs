using Marquee.Data;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.ArticleImports.ImportTestData;

namespace Marquee.Tests.ArticleImports;

/// <summary>`marquee import article FILE --critic NAME` as a real process on a copy of the demo database.</summary>
public sealed class ImportArticleCliTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The demo database with a critic and a reader, without the body spellings, copied out of a test app.
    private static async Task<(string Data, string Critic, string Reader)> DemoDatabaseAsync()
    {
        var data = TestEnvironment.NewDataDirectory();
        using var app = new MarqueeApp(Provider.Sqlite, demo: true);
        string critic, reader;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await RemoveBodySpellingsAsync(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>(), Ct);
            critic = (await AddUserAsync(scope.ServiceProvider, "critic")).UserName!;
            reader = (await AddUserAsync(scope.ServiceProvider, "reader")).UserName!;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(Path.Combine(app.DataDirectory, "marquee.db"), Path.Combine(data, "marquee.db"));
        return (data, critic, reader);
    }

    private static async Task<T> WithDbAsync<T>(string data, Func<MarqueeDbContext, Task<T>> read)
    {
        using var app = new MarqueeApp(Provider.Sqlite, demo: false, new Dictionary<string, string?> { ["Data"] = data });
        await using var scope = app.Services.CreateAsyncScope();
        var result = await read(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return result;
    }

    [Fact]
    public async Task Stores_the_draft_the_pending_import_and_the_body_spellings_and_a_second_run_changes_nothing()
    {
        var (data, critic, _) = await DemoDatabaseAsync();
        var (code, output, error) = await MarqueeCli.RunAsync("import", "article", AnoraPath, "--data", data, "--critic", critic);
        Assert.True(code == 0, error);
        Assert.Contains("anora-collider-2024.txt: stored as pending import", output, StringComparison.Ordinal);
        Assert.Contains("anora-2024", output, StringComparison.Ordinal);
        Assert.Contains("Mark Eidelstein → Mark Eydelshteyn", output, StringComparison.Ordinal);

        var stored = await WithDbAsync(data, async db => new
        {
            Imports = await db.ArticleImports.Select(i => new { i.Status, i.ReviewId, i.SourceName, Film = db.Films.Where(f => f.Id == i.FilmId).Select(f => f.Slug).Single() }).ToListAsync(Ct),
            Review = await db.Reviews.Where(r => db.ArticleImports.Any(i => i.ReviewId == r.Id))
                .Select(r => new { r.Status, Author = db.Users.Where(u => u.Id == r.AuthorId).Select(u => u.UserName).Single(), r.ScoreText, r.Headline }).SingleAsync(Ct),
            Aliases = await db.PersonAliases.Where(a => BodySpellings.Contains(a.Name)).Select(a => a.Name + ">" + a.Person!.Slug + ">" + a.Source).ToListAsync(Ct),
            Snapshot = await SnapshotAsync(db, Ct),
        });
        var import = Assert.Single(stored.Imports);
        Assert.Equal(("DraftCreated", "anora-collider-2024.txt", "anora-2024"), (import.Status.ToString(), import.SourceName, import.Film));
        Assert.Equal(("Draft", critic, "9/10"), (stored.Review.Status.ToString(), stored.Review.Author, stored.Review.ScoreText));
        Assert.Equal(
            ["Aleksei Serebryakov>aleksey-serebryakov>article import: anora-collider-2024.txt", "Mark Eidelstein>mark-eydelshteyn>article import: anora-collider-2024.txt",
             "Yura Borisov>yuriy-borisov>article import: anora-collider-2024.txt"],
            stored.Aliases.Order(StringComparer.Ordinal));

        var (againCode, againOut, _) = await MarqueeCli.RunAsync("import", "article", AnoraPath, "--data", data, "--critic", critic);
        Assert.Equal(0, againCode);
        Assert.Contains("already imported as import", againOut, StringComparison.Ordinal);
        Assert.Equal(stored.Snapshot, await WithDbAsync(data, db => SnapshotAsync(db, Ct)));
    }

    [Fact]
    public async Task Bad_input_names_the_file_exits_non_zero_and_leaves_the_database_as_it_was()
    {
        var (data, critic, reader) = await DemoDatabaseAsync();
        var before = await WithDbAsync(data, db => SnapshotAsync(db, Ct));
        var dir = TestEnvironment.NewDataDirectory();
        string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }
        var cases = new (string Path, string[] Extra, string Expected)[]
        {
            (Write("empty.txt", []), [], "is empty"),
            (Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, .. new byte[4000]]), [], "binary.txt"),
            (Write("huge.txt", [.. Enumerable.Repeat((byte)'a', 20 * 1024 * 1024)]), [], "too large"),
            (Write("latin1.txt", [.. "Anora review, "u8, 0xE9, 0xE9, .. " a caf"u8, 0xE9]), [], "not valid UTF-8"),
            (Write("scripts.html", "<html><head><script>alert('x')</script></head><body><script>document.write(1)</script></body></html>"u8.ToArray()), [], "is not a review of a film"),
            (Write("weather.txt", "It rained all week in the city, and the trains ran late on Tuesday.\n\nNobody went anywhere."u8.ToArray()), [], "is not a review of a film"),
            (AnoraPath, ["--critic", "no-such-account"], "no account 'no-such-account'"),
            (AnoraPath, ["--critic", reader], "must be a critic, editor or admin"),
            (AnoraPath, [], "--critic"),
        };
        foreach (var (path, extra, expected) in cases)
        {
            var (code, output, error) = await MarqueeCli.RunAsync(["import", "article", path, "--data", data, .. (extra.Length == 0 && !path.Equals(AnoraPath, StringComparison.Ordinal) ? ["--critic", critic] : extra)]);
            Assert.True(code != 0, $"{Path.GetFileName(path)} {string.Join(' ', extra)}: exit 0\n{output}");
            Assert.Contains(Path.GetFileName(path), error, StringComparison.Ordinal);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
        Assert.Equal(before, await WithDbAsync(data, db => SnapshotAsync(db, Ct)));
    }

    [Theory(Timeout = 300_000)]
    [AllProviders]
    public async Task A_page_past_a_limit_is_refused_by_name_with_the_file_and_nothing_is_stored(Provider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = TestEnvironment.NewDataDirectory();
        var database = provider == Provider.Postgres ? ["--database", TestEnvironment.NewPostgresDatabase()] : Array.Empty<string>();
        var settings = new Dictionary<string, string?> { ["Data"] = data };
        if (database.Length > 0) settings["Database"] = database[1];
        string critic, before;
        using (var app = new MarqueeApp(Provider.Sqlite, demo: false, settings))
        {
            await using var scope = app.Services.CreateAsyncScope();
            critic = (await AddUserAsync(scope.ServiceProvider, "critic")).UserName!;
            before = await SnapshotAsync(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>(), ct);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var dir = TestEnvironment.NewDataDirectory();
        foreach (var (name, page, limit) in PathologicalPages)
        {
            var path = Path.Combine(dir, name);
            await File.WriteAllTextAsync(path, page, ct);
            var (code, output, error) = await MarqueeCli.RunAsync(["import", "article", path, "--format", "html", "--data", data, "--critic", critic, .. database]);
            Assert.True(code != 0, $"{name}: exit 0\n{output}");
            Assert.Contains($"{name} is too complex to read", error, StringComparison.Ordinal);
            Assert.Contains(limit, error, StringComparison.Ordinal);
            Assert.Contains("nothing was imported", error, StringComparison.Ordinal);
            var (jsonCode, _, jsonError) = await MarqueeCli.RunAsync("import", "article", path, "--format", "html", "--json");
            Assert.True(jsonCode != 0 && jsonError.Contains(limit, StringComparison.Ordinal), $"{name} --json: {jsonCode} {jsonError}");
        }
        using var after = new MarqueeApp(Provider.Sqlite, demo: false, settings);
        await using var check = after.Services.CreateAsyncScope();
        Assert.Equal(before, await SnapshotAsync(check.ServiceProvider.GetRequiredService<MarqueeDbContext>(), ct));
    }
}

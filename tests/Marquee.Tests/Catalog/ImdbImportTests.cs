using System.Text;
using Marquee.Core.Search;
using Marquee.Data;
using Marquee.Data.Catalog;
using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Data.Search;
using Marquee.Import.Catalog;
using Marquee.Import.Catalog.Imdb;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Catalog;

/// <summary>The IMDb importer on real databases: facts, merging, idempotence, bad rows, broken files, resuming.</summary>
public sealed class ImdbImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(IReadOnlyList<ImportFileResult> Results, List<ImportProblem> Problems)> ImportAsync(
        MarqueeApp app, string dir, CatalogImportOptions? options = null, bool allPeople = false)
    {
        var problems = new List<ImportProblem>();
        options ??= new CatalogImportOptions();
        options.OnProblem ??= problems.Add;
        await using var scope = app.Services.CreateAsyncScope();
        var importer = new ImdbImporter(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>()) { AllPeople = allPeople };
        var results = await importer.ImportAsync([dir], ["movie"], options, Ct);
        return (results, problems);
    }

    [Theory]
    [AllProviders]
    public async Task Films_people_credits_titles_and_ratings_arrive_with_their_facts(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var (results, problems) = await ImportAsync(app, ImdbSample.Write());

        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmQueries>();
        var anora = await films.GetDetailsAsync("anora-2024", Ct);
        Assert.NotNull(anora);
        Assert.Equal(139, anora.RuntimeMinutes);
        Assert.Equal(ImdbSample.AnoraId, anora.ExternalIds.Imdb);
        Assert.Equal(["Comedy", "Drama", "Romance"], anora.Genres);
        Assert.Equal(["Sean Baker"], anora.Directors.Select(d => d.Name));
        var ani = anora.Cast.Single(c => c.Name == "Mikey Madison");
        Assert.Equal("Ani", ani.Character);
        Assert.Equal(["Anora"], ani.CharacterAliases);
        Assert.Equal(0, ani.Order);
        Assert.Equal("Vanya Zakharov", anora.Cast.Single(c => c.Name == "Mark Eydelshteyn").Character);
        Assert.Contains(anora.AlternativeTitles, t => t is { Title: "Анора", Region: "RU" });
        // Sean Baker directs (principals) and writes (crew); the crew file's director credit is not a second one.
        Assert.Single(anora.Crew, c => c.Job == "Director");
        Assert.Single(anora.Crew, c => c.Job == "Writer");

        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        Assert.Equal(3, await db.Films.CountAsync(Ct)); // Anora, Doris, Marathon; not the episode nor the bad rows
        Assert.Null((await db.Films.SingleAsync(f => f.Title == "Marathon", Ct)).RuntimeMinutes);
        Assert.Equal(180_000, (await db.Set<FilmRating>().SingleAsync(r => r.FilmId == anora.Id, Ct)).Votes);
        var sally = await scope.ServiceProvider.GetRequiredService<PersonQueries>().GetDetailsAsync("sally-field", Ct);
        Assert.Equal(1946, sally!.BirthYear);
        Assert.Equal("Doris Miller", sally.Cast.Single().Character);

        // Each bad row is named by file and line, with its reason.
        Assert.Contains(problems, p => p is { File: "title.basics.tsv.gz", Line: 5 } && p.Reason.Contains("found 5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "title.basics.tsv.gz", Line: 6 } && p.Reason.Contains("19x5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "title.basics.tsv.gz", Line: 7 } && p.Reason.Contains("5220", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "title.basics.tsv.gz", Line: 8 } && p.Reason.Contains("xx0000005", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "name.basics.tsv.gz", Line: 6 } && p.Reason == "primaryName is empty");
        Assert.Contains(problems, p => p is { File: "title.principals.tsv.gz", Line: 5 } && p.Reason.Contains("nm0000009", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "title.principals.tsv.gz", Line: 8 } && p.Reason.Contains("JSON", StringComparison.Ordinal));
        var basics = results.Single(r => r.File == "title.basics.tsv.gz").Stats;
        Assert.Equal((7L, 3L, 3L, 1L), (basics.Read, basics.Added, basics.Bad, basics.Skipped));

        // The search index knows the new names at once, in any script.
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        Assert.Equal("anora-2024", (await search.SearchAsync("Анора", null, 5, Ct))[0].Slug);
        Assert.Equal("mark-eydelshteyn", (await search.SearchAsync("Eidelstein", null, 5, Ct))[0].Slug);
    }

    [Theory]
    [AllProviders]
    public async Task Importing_twice_changes_nothing(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var dir = ImdbSample.Write(gzip: false);
        await ImportAsync(app, dir);
        var before = await CatalogSnapshot.TakeAsync(app);

        // Done files are skipped by their checkpoints; with --restart every row is read and merged again.
        var (again, _) = await ImportAsync(app, dir);
        Assert.All(again, r => Assert.True(r.AlreadyDone));
        var (restarted, _) = await ImportAsync(app, dir, new CatalogImportOptions { Restart = true });
        Assert.All(restarted, r => Assert.Equal((0L, 0L), (r.Stats.Added, r.Stats.Updated)));
        Assert.Equal(before, await CatalogSnapshot.TakeAsync(app));
    }

    [Theory]
    [AllProviders]
    public async Task Only_people_credited_in_the_films_by_default_and_everyone_on_request(Provider provider)
    {
        var dir = ImdbSample.Write();
        ImdbSample.WriteFile(dir, "name.basics", [.. ImdbSample.Names, "nm7777777\tNever Credited\t1980\t\\N\tactor\t\\N"], gzip: true);

        using var credited = new MarqueeApp(provider, demo: false);
        var (results, _) = await ImportAsync(credited, dir);
        var names = results.Single(r => r.File == "name.basics.tsv.gz").Stats;
        Assert.Equal((6L, 4L, 1L, 1L), (names.Read, names.Added, names.Skipped, names.Bad));
        await using (var scope = credited.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().People.AnyAsync(p => p.ImdbId == "nm7777777", Ct));

        using var everyone = new MarqueeApp(provider, demo: false);
        await ImportAsync(everyone, dir, allPeople: true);
        await using (var scope = everyone.Services.CreateAsyncScope())
        {
            var person = await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().People.SingleAsync(p => p.ImdbId == "nm7777777", Ct);
            Assert.Equal(("Never Credited", 1980), (person.Name, person.BirthYear));
        }
    }

    [Theory]
    [AllProviders]
    public async Task After_a_bulk_import_the_indexes_are_back_and_the_search_index_follows_edits(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var before = await SchemaAsync(app);
        // Big enough that films, people, credits and search documents are loaded with their indexes set aside.
        await ImportAsync(app, ImdbLargeSample.Write(titles: 12_000));
        Assert.Equal(before, await SchemaAsync(app));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        Assert.Equal(10_800, await db.Films.CountAsync(Ct));
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        async Task<List<string>> Find(string q) => (await search.SearchAsync(q, null, 10, Ct)).Select(h => h.Slug).ToList();
        var film = await db.Films.AsNoTracking().SingleAsync(f => f.ImdbId == "tt00000001", Ct);
        // Its alternative title was indexed by the bulk load under the same key an ordinary save would give it.
        var key = SearchKey.From("Ночь 1");
        Assert.True(await db.Set<SearchDocument>().AnyAsync(d => d.FilmId == film.Id && d.Key == key && d.Name == "Ночь 1", Ct));
        // The weights written with the documents are the ones the ordinary formula gives.
        var loaded = await WeightsAsync(db);
        Assert.Contains(loaded, w => w > 0);
        await SearchWeights.RefreshAsync(db, Ct);
        Assert.Equal(loaded, await WeightsAsync(db));

        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        Assert.True((await films.UpdateAsync(film.Slug, new FilmInput(null, "Quixotic Tangerine", Year: film.Year), null, Ct)).Succeeded);
        Assert.Equal([film.Slug], await Find("quixotic tangerine"));
        var people = scope.ServiceProvider.GetRequiredService<PersonCommands>();
        Assert.True((await people.CreateAsync(new PersonInput("yura-borisov-new", "Yura Borisovsky"), Ct)).Succeeded);
        Assert.Equal(["yura-borisov-new"], await Find("Borisovsky"));
    }

    private static Task<List<double>> WeightsAsync(MarqueeDbContext db) =>
        db.Set<SearchDocument>().AsNoTracking().OrderBy(d => d.Id).Select(d => d.Weight).ToListAsync(Ct);

    /// <summary>The indexes, constraints and triggers on the tables a bulk import loads, as the database describes them.</summary>
    private static async Task<List<string>> SchemaAsync(MarqueeApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        const string tables = "'Films', 'People', 'Credits', 'FilmTitles', 'SearchDocuments'";
        var sql = app.Provider == Provider.Postgres
            ? $"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename IN ({tables}) UNION ALL " +
              $"SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN (SELECT oid FROM pg_class WHERE relname IN ({tables})) ORDER BY 1"
            : $"SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS \"Value\" FROM sqlite_master WHERE tbl_name IN ({tables}) AND type IN ('index', 'trigger') ORDER BY name";
        var schema = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(Ct);
        Assert.NotEmpty(schema);
        return schema;
    }

    [Theory]
    [AllProviders]
    public async Task Merges_with_the_demo_catalogue_instead_of_duplicating(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        int films, people;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            (films, people) = (await db.Films.CountAsync(Ct), await db.People.CountAsync(Ct));
        }
        await ImportAsync(app, ImdbSample.Write());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            // Anora matched by title and year, Sean Baker, Mikey Madison and Mark Eydelshteyn by name: only new ones are added.
            Assert.Single(await db.Films.Where(f => f.Title == "Anora").ToListAsync(Ct));
            Assert.Equal(ImdbSample.AnoraId, (await db.Films.SingleAsync(f => f.Slug == "anora-2024", Ct)).ImdbId);
            Assert.Equal("nm0048918", (await db.People.SingleAsync(p => p.Slug == "sean-baker", Ct)).ImdbId);
            Assert.Single(await db.People.Where(p => p.Name == "Mark Eydelshteyn").ToListAsync(Ct));
            Assert.Equal(films + 2, await db.Films.CountAsync(Ct));
            Assert.True(await db.People.CountAsync(Ct) <= people + 1);
            var anora = await scope.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("anora-2024", Ct);
            Assert.Equal(23, anora!.Cast.Count); // the demo cast, with no second Mikey Madison or Mark Eydelshteyn
        }
    }

    [Theory]
    [AllProviders]
    public async Task A_killed_import_resumes_at_its_checkpoint_and_ends_like_an_uninterrupted_one(Provider provider)
    {
        var dir = ImdbSample.Write();
        using var reference = new MarqueeApp(provider, demo: false);
        await ImportAsync(reference, dir);

        using var app = new MarqueeApp(provider, demo: false);
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var batches = 0;
        var options = new CatalogImportOptions
        {
            BatchSize = 2,
            OnProblem = _ => { },
            // Killed in the middle of name.basics, after two of its batches are committed.
            Progress = new SyncProgress(p => { if (p.File.StartsWith("name.basics", StringComparison.Ordinal) && ++batches == 2) kill.Cancel(); }),
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var importer = new ImdbImporter(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync([dir], ["movie"], options, kill.Token));
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var checkpoint = await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Set<ImportCheckpoint>()
                .SingleAsync(c => c.File == "name.basics.tsv.gz", Ct);
            Assert.False(checkpoint.Completed);
            Assert.Equal(5, checkpoint.LinesDone); // the header and two batches of two
        }

        var (results, _) = await ImportAsync(app, dir);
        Assert.True(results.Single(r => r.File == "title.basics.tsv.gz").AlreadyDone);
        Assert.Equal(5, results.Single(r => r.File == "name.basics.tsv.gz").ResumedAtLine);
        Assert.Equal(await CatalogSnapshot.TakeAsync(reference), await CatalogSnapshot.TakeAsync(app));
    }

    [Theory]
    [AllProviders]
    public async Task A_truncated_gzip_is_an_error_leaves_the_catalogue_untouched_and_the_whole_file_resumes(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var dir = Path.Combine(Path.GetTempPath(), "marquee-imdb", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        // Enough rows that the cut falls inside the data, after some batches.
        var rows = Enumerable.Range(1, 5000).Select(i => $"tt{i:D7}\tmovie\tFilm number {i}\t\\N\t0\t2000\t\\N\t90\tDrama").ToList();
        var path = ImdbSample.WriteFile(dir, "title.basics", [ImdbSample.Basics[0], .. rows], gzip: true);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = await Assert.ThrowsAsync<CatalogFileException>(() => ImportAsync(app, dir, new CatalogImportOptions { BatchSize = 500 }));
        Assert.Equal("title.basics.tsv.gz", error.File);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            // Whole batches are staged with the file's checkpoint; nothing reaches the catalogue until every file is read.
            var checkpoint = await db.Set<ImportCheckpoint>().SingleAsync(c => c.File == "title.basics.tsv.gz", Ct);
            Assert.False(checkpoint.Completed);
            Assert.True(checkpoint.LinesDone > 1);
            Assert.Equal(0, (checkpoint.LinesDone - 1) % 500);
            Assert.False((await db.Set<ImportCheckpoint>().SingleAsync(c => c.File == ImdbImporter.MergeCheckpoint, Ct)).Completed);
            Assert.Equal(0, await db.Films.CountAsync(Ct));
            Assert.Equal(0, await db.Set<SearchDocument>().CountAsync(Ct));
        }

        // The whole file, downloaded again: every film once, with its search document.
        ImdbSample.WriteFile(dir, "title.basics", [ImdbSample.Basics[0], .. rows], gzip: true);
        await ImportAsync(app, dir, new CatalogImportOptions { BatchSize = 500 });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            Assert.Equal(5000, await db.Films.CountAsync(Ct));
            Assert.Equal(5000, await db.Films.Select(f => f.ImdbId).Distinct().CountAsync(Ct));
            Assert.Equal(5000, await db.Set<SearchDocument>().CountAsync(Ct));
        }
    }

    [Theory]
    [InlineData("title.basics", "tconst\ttitleType\tprimaryTitle\tstartYear", "wrong header")]
    [InlineData("name.basics", "", "wrong header")]
    public async Task A_wrong_header_stops_before_anything_is_written(string file, string header, string message)
    {
        using var app = new MarqueeApp(Provider.Sqlite, demo: false);
        var dir = Path.Combine(Path.GetTempPath(), "marquee-imdb", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        ImdbSample.WriteFile(dir, file, [header, "nm0048918\tSean Baker\t1971\t\\N\tdirector\ttt28607951"], gzip: true);
        var error = await Assert.ThrowsAsync<CatalogFileException>(() => ImportAsync(app, dir));
        Assert.Equal(1, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        Assert.Equal(0, await db.People.CountAsync(Ct) + await db.Set<ImportCheckpoint>().CountAsync(c => c.Source == "imdb", Ct));
    }

    [Fact]
    public async Task A_file_in_another_encoding_is_an_error_naming_the_line()
    {
        using var app = new MarqueeApp(Provider.Sqlite, demo: false);
        var dir = Path.Combine(Path.GetTempPath(), "marquee-imdb", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var latin1 = Encoding.Latin1.GetBytes(ImdbSample.Names[0] + "\nnm0000001\tPenélope Cruz\t1974\t\\N\tactress\t\\N\n");
        File.WriteAllBytes(Path.Combine(dir, "name.basics.tsv"), latin1);
        var error = await Assert.ThrowsAsync<CatalogFileException>(() => ImportAsync(app, dir));
        Assert.Equal(("name.basics.tsv", 2L), (error.File, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

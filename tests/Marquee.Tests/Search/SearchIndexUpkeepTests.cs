using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Data.Search;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Search;

/// <summary>Writes through the film and person commands keep the search index in step, on both providers.</summary>
public sealed class SearchIndexUpkeepTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Index_follows_creates_renames_aliases_and_deletes(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        var people = scope.ServiceProvider.GetRequiredService<PersonCommands>();
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        async Task<List<string>> Find(string q) => (await search.SearchAsync(q, null, 10, Ct)).Select(h => h.Slug).ToList();

        Assert.True((await films.CreateAsync(new FilmInput("tangerine-2015", "Tangerine", Year: 2015), Ct)).Succeeded);
        Assert.Equal(["tangerine-2015"], await Find("tangerine"));

        var film = (await films.UpdateAsync("tangerine-2015", new FilmInput(null, "Mandarina", Year: 2015), null, Ct)).Value!;
        Assert.Empty(await Find("tangerine"));
        Assert.Equal(["tangerine-2015"], await Find("mandarina"));

        Assert.True((await people.CreateAsync(new PersonInput("kitana-kiki-rodriguez", "Kitana Kiki Rodriguez"), Ct)).Succeeded);
        var alias = (await people.AddAliasAsync("kitana-kiki-rodriguez", new AliasInput("Китана Родригес"), Ct)).Value!;
        Assert.Equal(["kitana-kiki-rodriguez"], await Find("Kitana Rodriges"));

        // A renamed person keeps the old name as an alias, so both names find them.
        Assert.True((await people.UpdateAsync("kitana-kiki-rodriguez", new PersonInput(null, "Kiki Rodriguez"), null, Ct)).Succeeded);
        Assert.Equal(["kitana-kiki-rodriguez"], await Find("kitana kiki rodriguez"));
        Assert.Equal(["kitana-kiki-rodriguez"], await Find("kiki rodriguez"));

        Assert.True((await people.DeleteAliasAsync("kitana-kiki-rodriguez", alias.Id, Ct)).Succeeded);
        Assert.Empty(await Find("Китана Родригес"));

        Assert.True((await films.DeleteAsync(film.Slug, null, Ct)).Succeeded);
        Assert.Empty(await Find("mandarina"));
        var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        Assert.Equal(0, await db.Set<SearchDocument>().CountAsync(d => d.Kind == SearchKind.Film, Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Upgrading_a_database_recomputes_keys_made_by_older_spelling_rules(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        async Task<List<string>> Find(string q)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
            return (await search.SearchAsync(q, null, 10, Ct)).Select(h => h.Slug).ToList();
        }
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<PersonCommands>().CreateAsync(new PersonInput("yakov-sergeyev", "Yakov Sergeyev"), Ct)).Succeeded);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As a database from before the rule for a y between vowels had it.
            var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SearchDocuments" SET "Key" = 'iakov sergeiev'""", Ct);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" LIKE '%_SearchKeySpellings'""", Ct);
        }
        Assert.Empty(await Find("Sergeev Yakov"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var applied = await new Marquee.Data.DatabaseMigrator(scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>()).MigrateAsync(ct: Ct);
            Assert.Single(applied, m => m.EndsWith("_SearchKeySpellings", StringComparison.Ordinal));
        }
        Assert.Equal(["yakov-sergeyev"], await Find("Sergeev Yakov"));
        Assert.Equal(["yakov-sergeyev"], await Find("Yakov Sergeyev"));
    }

    [Theory]
    [AllProviders]
    public async Task Upgrading_a_database_recomputes_keys_and_sort_titles_made_by_the_older_folds(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<FilmCommands>().CreateAsync(new FilmInput("oedipe-roi-1967", "Œdipe roi", Year: 1967), Ct)).Succeeded);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As a database from before one fold: the sort key kept the Œ, the search key lost it, and the film's
            // version is what its last edit left.
            var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Films" SET "SortTitle" = 'œdipe roi'""", Ct);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SearchDocuments" SET "Key" = 'dipe roi'""", Ct);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" LIKE '%_TextFoldKeys'""", Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
            var version = await db.Films.Select(f => f.Version).SingleAsync(Ct);
            var applied = await new Marquee.Data.DatabaseMigrator(db).MigrateAsync(ct: Ct);
            Assert.Single(applied, m => m.EndsWith("_TextFoldKeys", StringComparison.Ordinal));
            var film = await db.Films.AsNoTracking().SingleAsync(Ct);
            Assert.Equal(("oedipe roi", version), (film.SortTitle, film.Version));
            Assert.Equal([Marquee.Core.Search.SearchKey.From("Œdipe roi")], await db.Set<SearchDocument>().Where(d => d.FilmId == film.Id).Select(d => d.Key).ToListAsync(Ct));
        }
    }

    [Theory]
    [AllProviders]
    public async Task Demo_catalogue_is_indexed_and_anora_comes_first(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        Assert.Equal("anora-2024", (await search.SearchAsync("anora", null, 10, Ct))[0].Slug);
        Assert.Equal("mark-eydelshteyn", (await search.SearchAsync("Eidelstein", null, 10, Ct))[0].Slug);
        // Suggest completes every word of a name from its first letters.
        var seans = await search.SuggestAsync("sean bak", 5, Ct);
        Assert.Equal("sean-baker", seans[0].Slug);
    }

    [Theory]
    [AllProviders]
    public async Task A_requested_reindex_rebuilds_the_index_at_the_next_start(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        var documents = await db.Set<SearchDocument>().CountAsync(Ct);
        await db.Set<SearchDocument>().ExecuteDeleteAsync(Ct);
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        Assert.Empty(await search.SearchAsync("anora", null, 5, Ct));
        await RequestAsync(db, provider, "films", "people");

        // No migration is pending: the request alone is what runs.
        Assert.Empty(await new Marquee.Data.DatabaseMigrator(db).MigrateAsync(ct: Ct));
        Assert.Equal(documents, await db.Set<SearchDocument>().CountAsync(Ct));
        Assert.Equal("anora-2024", (await search.SearchAsync("anora", null, 5, Ct))[0].Slug);
        Assert.All(await Checkpoints(db).ToListAsync(Ct), c => Assert.True(c.Completed));
        Assert.Empty(await new SearchIndexer(db).RunRequestedAsync(ct: Ct));
    }

    [Theory]
    [AllProviders]
    public async Task A_reindex_that_was_killed_goes_on_from_its_checkpoint(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        var ids = await db.People.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(Ct);
        var stoppedAt = ids[ids.Count / 2];
        // As a re-index killed halfway through the people: every document stale, the checkpoint at the middle.
        await db.Set<SearchDocument>().Where(d => d.PersonId != null).ExecuteUpdateAsync(u => u.SetProperty(d => d.Key, "stale"), Ct);
        await RequestAsync(db, provider, "people");
        await Checkpoints(db).Where(c => c.File == "people").ExecuteUpdateAsync(u => u.SetProperty(c => c.LinesDone, stoppedAt), Ct);

        Assert.Empty(await new Marquee.Data.DatabaseMigrator(db).MigrateAsync(ct: Ct));
        // What the checkpoint says was done is not done again; the rest is.
        Assert.All(await db.Set<SearchDocument>().Where(d => d.PersonId > stoppedAt).ToListAsync(Ct), d => Assert.NotEqual("stale", d.Key));
        Assert.All(await db.Set<SearchDocument>().Where(d => d.PersonId <= stoppedAt).ToListAsync(Ct), d => Assert.Equal("stale", d.Key));
        Assert.True((await Checkpoints(db).SingleAsync(c => c.File == "people", Ct)).Completed);
    }

    [Theory]
    [AllProviders]
    public async Task Two_nodes_starting_at_once_reindex_once(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var setup = app.Services.CreateAsyncScope();
        var db = setup.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        var before = await Documents(db);
        await db.Set<SearchDocument>().ExecuteDeleteAsync(Ct);
        await RequestAsync(db, provider, "films", "people");

        async Task RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            await new SearchIndexer(scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>()).RunRequestedAsync(ct: Ct);
        }
        await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Equal(before, await Documents(db));
    }

    private static async Task<List<string>> Documents(Marquee.Data.MarqueeDbContext db) =>
        (await db.Set<SearchDocument>().Select(d => new { d.FilmId, d.PersonId, d.Key }).ToListAsync(Ct))
            .Select(d => $"{d.FilmId}/{d.PersonId}/{d.Key}").Order(StringComparer.Ordinal).ToList();

    private static async Task RequestAsync(Marquee.Data.MarqueeDbContext db, Provider provider, params string[] tables)
    {
        foreach (var sql in SearchIndexer.RequestSql(provider == Provider.Postgres, tables)) await db.Database.ExecuteSqlRawAsync(sql, Ct);
    }

    private static IQueryable<Marquee.Data.Catalog.ImportCheckpoint> Checkpoints(Marquee.Data.MarqueeDbContext db) =>
        db.Set<Marquee.Data.Catalog.ImportCheckpoint>().Where(c => c.Source == SearchIndexer.CheckpointSource);

    [Theory]
    [AllProviders]
    public async Task Weights_count_credits_as_they_are_added_and_removed(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        var people = scope.ServiceProvider.GetRequiredService<PersonCommands>();
        var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        Assert.True((await films.CreateAsync(new FilmInput("tangerine-2015", "Tangerine", Year: 2015), Ct)).Succeeded);
        Assert.True((await people.CreateAsync(new PersonInput("mya-taylor", "Mya Taylor"), Ct)).Succeeded);
        var credit = (await films.AddCreditAsync("tangerine-2015", new CreditInput("cast", "mya-taylor", "Alexandra"), Ct)).Value!;
        async Task<(double Film, double Person)> Weights()
        {
            var docs = await db.Set<SearchDocument>().AsNoTracking().ToListAsync(Ct);
            return (docs.Single(d => d.Kind == SearchKind.Film).Weight, docs.Single(d => d.Kind == SearchKind.Person).Weight);
        }
        Assert.Equal((10.0, 1.0), await Weights());

        // The set-based refresh a bulk import runs at its end agrees with the per-save upkeep.
        await SearchWeights.RefreshAsync(db, Ct);
        Assert.Equal((10.0, 1.0), await Weights());

        Assert.True((await films.DeleteCreditAsync("tangerine-2015", credit.Id, Ct)).Succeeded);
        Assert.Equal((0.0, 0.0), await Weights());
    }
}

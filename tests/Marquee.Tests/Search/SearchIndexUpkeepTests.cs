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
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
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
    [MemberData(nameof(Providers))]
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
            var applied = await new Marquee.Data.DatabaseMigrator(scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>()).MigrateAsync(Ct);
            Assert.Single(applied, m => m.EndsWith("_SearchKeySpellings", StringComparison.Ordinal));
        }
        Assert.Equal(["yakov-sergeyev"], await Find("Sergeev Yakov"));
        Assert.Equal(["yakov-sergeyev"], await Find("Yakov Sergeyev"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
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
    [MemberData(nameof(Providers))]
    public async Task A_database_from_before_search_gets_its_index_rebuilt(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marquee.Data.MarqueeDbContext>();
        var documents = await db.Set<SearchDocument>().CountAsync(Ct);
        await db.Set<SearchDocument>().ExecuteDeleteAsync(Ct);
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        Assert.Empty(await search.SearchAsync("anora", null, 5, Ct));

        Assert.True(await new SearchIndexer(db).RebuildAsync(Ct) > 0);
        Assert.Equal(documents, await db.Set<SearchDocument>().CountAsync(Ct));
        Assert.Equal("anora-2024", (await search.SearchAsync("anora", null, 5, Ct))[0].Slug);
    }

    [Theory]
    [MemberData(nameof(Providers))]
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

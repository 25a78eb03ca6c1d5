using Marquee.Core.Search;
using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Data.Search;
using Marquee.Import.Catalog;
using Marquee.Import.Catalog.Datasets;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Catalog;

/// <summary>
/// The real catalogues from shared/data/catalog, imported into one database per provider, then checked against facts
/// the files state. The import runs once per provider (the class fixture); the tests read what it left.
/// </summary>
public sealed class ImportedDatasets : IDisposable
{
    private readonly Dictionary<Provider, (MarqueeApp App, List<ImportProblem> Problems, List<ImportFileResult> Results)> imported = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<(MarqueeApp App, List<ImportProblem> Problems, List<ImportFileResult> Results)> GetAsync(Provider provider)
    {
        await gate.WaitAsync();
        try
        {
            if (imported.TryGetValue(provider, out var done)) return done;
            var app = new MarqueeApp(provider, demo: false);
            var problems = new List<ImportProblem>();
            var results = new List<ImportFileResult>();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var importer = new DatasetImporter(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>());
                var options = new CatalogImportOptions { OnProblem = problems.Add };
                results.AddRange(await importer.VegaAsync(SharedData.CatalogPath("vega-movies"), options));
                results.AddRange(await importer.FiveThirtyEightAsync(SharedData.CatalogPath("fivethirtyeight-film"), options));
                // Two decades of Wikipedia keep the suite fast; the importer streams any number of them.
                results.AddRange(await importer.WikipediaAsync(
                    [SharedData.CatalogPath("wikipedia-movie-data", "movies-1900s.json.gz"), SharedData.CatalogPath("wikipedia-movie-data", "movies-2020s.json.gz")], options));
            }
            imported[provider] = (app, problems, results);
            return imported[provider];
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var (app, _, _) in imported.Values) app.Dispose();
        gate.Dispose();
    }
}

public sealed class DatasetImportTests(ImportedDatasets datasets) : IClassFixture<ImportedDatasets>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Vega_films_keep_director_runtime_distributor_and_votes(Provider provider)
    {
        var (app, problems, _) = await datasets.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var titanic = await scope.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("titanic-1997", Ct);
        Assert.NotNull(titanic);
        Assert.Equal(194, titanic.RuntimeMinutes);
        Assert.Equal(["James Cameron"], titanic.Directors.Select(d => d.Name));
        Assert.Equal(["Paramount Pictures"], titanic.Distributors);
        Assert.Equal("tt0120338", titanic.ExternalIds.Imdb); // from FiveThirtyEight's Bechdel table, merged by title and year
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        Assert.Equal(240_732, (await db.Set<FilmRating>().SingleAsync(r => r.FilmId == titanic.Id, Ct)).Votes);

        // Dirty rows: a title stored as a number is still a title; the null title is reported; a 2046 date is 1946.
        Assert.True(await db.Films.AnyAsync(f => f.Title == "1776" && f.Year == 1972, Ct));
        Assert.True(await db.Films.AnyAsync(f => f.Title == "Duel in the Sun" && f.Year == 1946, Ct));
        Assert.True(await db.Films.AnyAsync(f => f.Title == "Restless" && f.Year == 2011, Ct)); // a real 2011 date stays
        Assert.Contains(problems, p => p is { File: "movies.json", Line: 3055, Reason: "Title is missing" }); // the line it is on
        Assert.Contains(problems, p => p.File == "movies.json" && p.Reason.Contains("2046", StringComparison.Ordinal));
    }

    [Theory]
    [AllProviders]
    public async Task FiveThirtyEight_cast_has_characters_and_billing_and_crew_has_imdb_ids(Provider provider)
    {
        var (app, _, results) = await datasets.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PersonQueries>();
        var felicity = await people.GetDetailsAsync("felicity-jones", Ct);
        Assert.Contains(felicity!.Cast, c => c.FilmTitle == "Rogue One: A Star Wars Story" && c.Character == "Jyn Erso");
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var edwards = await db.People.SingleAsync(p => p.ImdbId == "nm2284484", Ct);
        Assert.Equal("Gareth Edwards", edwards.Name);
        Assert.Contains(await db.Credits.Where(c => c.PersonId == edwards.Id).Select(c => new { c.Job, c.Film!.Title, c.Film.Year }).ToListAsync(Ct),
            c => c is { Job: "Director", Title: "Rogue One", Year: 2016 });

        // A biopic's subject is the character its lead plays; Latin-1 files read without replacement characters.
        var rillington = await scope.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("10-rillington-place-1971", Ct);
        Assert.Equal("tt0066730", rillington!.ExternalIds.Imdb);
        Assert.Equal(["Richard Fleischer"], rillington.Directors.Select(d => d.Name));
        Assert.Contains(rillington.Cast, c => c is { Name: "Richard Attenborough", Character: "John Christie" });
        Assert.DoesNotContain(await db.People.Select(p => p.Name).ToListAsync(Ct), n => n.Contains('\uFFFD', StringComparison.Ordinal));
        Assert.True(await db.Films.AnyAsync(f => f.Title == "21 & Over" && f.ImdbId == "tt1711425", Ct)); // "&amp;" decoded
        Assert.All(results, r => Assert.Equal(0, r.Stats.Bad + (r.File == "movies.json" ? -1 : 0)));
    }

    [Theory]
    [AllProviders]
    public async Task Wikipedia_films_have_cast_in_order_and_the_director_from_the_lead(Provider provider)
    {
        var (app, _, _) = await datasets.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var grudge = await scope.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("the-grudge-2020", Ct);
        Assert.NotNull(grudge);
        Assert.Equal(["Nicolas Pesce"], grudge.Directors.Select(d => d.Name));
        Assert.Equal(["Andrea Riseborough", "Demián Bichir", "John Cho"], grudge.Cast.Take(3).Select(c => c.Name));
        Assert.Contains("Horror", grudge.Genres);
    }

    [Theory]
    [AllProviders]
    public async Task Imported_names_are_searchable(Provider provider)
    {
        var (app, _, _) = await datasets.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        Assert.Equal("titanic-1997", (await search.SearchAsync("titanic", SearchKind.Film, 5, Ct))[0].Slug);
        Assert.Equal("demian-bichir", (await search.SearchAsync("Demian Bichir", null, 5, Ct))[0].Slug);
        Assert.Equal("felicity-jones", (await search.SuggestAsync("felic jon", 5, Ct))[0].Slug);
    }

    [Theory]
    [AllProviders]
    public async Task Importing_again_adds_and_changes_nothing(Provider provider)
    {
        var (app, _, _) = await datasets.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var before = (await db.Films.CountAsync(Ct), await db.People.CountAsync(Ct), await db.Credits.CountAsync(Ct), await db.Set<SearchDocument>().CountAsync(Ct),
            await db.Films.SumAsync(f => f.Version, Ct));
        var importer = new DatasetImporter(db);
        var options = new CatalogImportOptions { Restart = true, OnProblem = _ => { } };
        var again = (await importer.VegaAsync(SharedData.CatalogPath("vega-movies"), options, Ct))
            .Concat(await importer.FiveThirtyEightAsync(SharedData.CatalogPath("fivethirtyeight-film"), options, Ct)).ToList();
        Assert.All(again, r => Assert.Equal((0L, 0L), (r.Stats.Added, r.Stats.Updated)));
        var after = (await db.Films.CountAsync(Ct), await db.People.CountAsync(Ct), await db.Credits.CountAsync(Ct), await db.Set<SearchDocument>().CountAsync(Ct),
            await db.Films.SumAsync(f => f.Version, Ct));
        Assert.Equal(before, after);
    }
}

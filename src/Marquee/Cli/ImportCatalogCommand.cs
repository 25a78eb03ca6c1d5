using System.CommandLine;
using Marquee.Data;
using Marquee.Import.Catalog;
using Marquee.Import.Catalog.Datasets;
using Marquee.Import.Catalog.Imdb;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Cli;

/// <summary>`marquee import catalog SOURCE PATHS…`: IMDb's dataset files and the catalogues in shared/data/catalog.</summary>
internal static class ImportCatalogCommand
{
    private static readonly Option<bool> Restart = new("--restart") { Description = "Ignore checkpoints and read every file again from the top (still idempotent)." };

    private static readonly Option<int> BatchSize = new("--batch-size")
    {
        Description = "Rows per transaction (and per checkpoint).",
        DefaultValueFactory = _ => 2000,
    };

    // IMDb rows go to staging tables before the merge: big batches, since each is one COPY or one transaction.
    private static readonly Option<int> ImdbBatchSize = new("--batch-size")
    {
        Description = "Rows per staging transaction (and per checkpoint).",
        DefaultValueFactory = _ => 50_000,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATHS") { Description = "A folder holding the files, or the files themselves (gzip or plain).", Arity = ArgumentArity.OneOrMore };
        var titleTypes = new Option<string>("--title-types")
        {
            Description = "IMDb title types to import, comma-separated (movie, tvMovie, short, tvSeries…).",
            DefaultValueFactory = _ => string.Join(',', ImdbImporter.DefaultTitleTypes),
        };
        var allPeople = new Option<bool>("--all-people")
        {
            Description = "Import everyone in name.basics; by default only people credited in the imported films (name.basics lists millions more).",
        };
        var imdb = new Command("imdb", "Import IMDb's dataset files (title.basics, title.akas, title.crew, title.principals, title.ratings, name.basics).")
        {
            paths, titleTypes, allPeople, Restart, ImdbBatchSize, MarqueeOptions.Data, MarqueeOptions.Database,
        };
        imdb.SetAction((parse, ct) => RunAsync(parse, (services, options) =>
        {
            var types = parse.GetValue(titleTypes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var importer = new ImdbImporter(services.GetRequiredService<MarqueeDbContext>()) { AllPeople = parse.GetValue(allPeople) };
            return importer.ImportAsync(parse.GetValue(paths)!, types, options, ct);
        }, ct, ImdbBatchSize));

        var vegaPath = new Argument<string>("PATH") { Description = "vega-datasets' movies.json, or the folder holding it." };
        var vega = new Command("vega", "Import vega-datasets' movies.json (films, directors, runtimes, IMDb ratings).") { vegaPath, Restart, BatchSize, MarqueeOptions.Data, MarqueeOptions.Database };
        vega.SetAction((parse, ct) => RunAsync(parse, (services, options) =>
            new DatasetImporter(services.GetRequiredService<MarqueeDbContext>()).VegaAsync(parse.GetValue(vegaPath)!, options, ct), ct));

        var wikiPaths = new Argument<string[]>("PATHS") { Description = "The wikipedia-movie-data folder, or movies-*.json(.gz) files.", Arity = ArgumentArity.OneOrMore };
        var wikipedia = new Command("wikipedia", "Import prust/wikipedia-movie-data's decade files (films, cast, genres, directors).") { wikiPaths, Restart, BatchSize, MarqueeOptions.Data, MarqueeOptions.Database };
        wikipedia.SetAction((parse, ct) => RunAsync(parse, (services, options) =>
            new DatasetImporter(services.GetRequiredService<MarqueeDbContext>()).WikipediaAsync(parse.GetValue(wikiPaths)!, options, ct), ct));

        var folder = new Argument<string>("FOLDER") { Description = "The fivethirtyeight-film folder (bechdel/, biopics/, next-bechdel/)." };
        var fiveThirtyEight = new Command("fivethirtyeight", "Import FiveThirtyEight's film tables (cast with characters, crew, biopics, Bechdel films).") { folder, Restart, BatchSize, MarqueeOptions.Data, MarqueeOptions.Database };
        fiveThirtyEight.SetAction((parse, ct) => RunAsync(parse, (services, options) =>
            new DatasetImporter(services.GetRequiredService<MarqueeDbContext>()).FiveThirtyEightAsync(parse.GetValue(folder)!, options, ct), ct));

        return new Command("catalog", "Import a catalogue of films and people; merges with what is there, resumable, idempotent.")
        {
            imdb, vega, wikipedia, fiveThirtyEight,
        };
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CatalogImportOptions, Task<IReadOnlyList<ImportFileResult>>> import,
        CancellationToken ct, Option<int>? batchSize = null)
    {
        await using var services = CliServices.Build(parse);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct: ct);
        var clock = TimeProvider.System;
        var console = new CatalogConsole(clock);
        var options = new CatalogImportOptions
        {
            Restart = parse.GetValue(Restart),
            BatchSize = Math.Clamp(parse.GetValue(batchSize ?? BatchSize), 1, 1_000_000),
            OnProblem = console.Problem,
            Clock = clock,
        };
        try
        {
            var results = await console.RunAsync(progress =>
            {
                options.Progress = progress;
                return import(scope.ServiceProvider, options);
            });
            CatalogConsole.Summary(results);
            return 0;
        }
        catch (Exception ex) when (ex is CatalogFileException or ArgumentException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            // Every batch before the failure is committed with its checkpoint; the one in progress was rolled back.
            Console.Error.WriteLine($"error: {ex.Message}");
            Console.Error.WriteLine("Batches before this point are saved; fix the file and run the same command to resume.");
            return 1;
        }
    }
}

using Marquee.Data;
using Marquee.Data.Search;

namespace Marquee.Import.Catalog.Datasets;

/// <summary>Imports the catalogues in shared/data/catalog: vega movies, Wikipedia's decade files, FiveThirtyEight's tables.</summary>
public sealed class DatasetImporter(MarqueeDbContext db)
{
    public Task<IReadOnlyList<ImportFileResult>> VegaAsync(string path, CatalogImportOptions options, CancellationToken ct = default) =>
        WeighedAsync(() => VegaCoreAsync(path, options, ct), ct);

    public Task<IReadOnlyList<ImportFileResult>> WikipediaAsync(IEnumerable<string> paths, CatalogImportOptions options, CancellationToken ct = default) =>
        WeighedAsync(() => WikipediaCoreAsync(paths, options, ct), ct);

    public Task<IReadOnlyList<ImportFileResult>> FiveThirtyEightAsync(string folder, CatalogImportOptions options, CancellationToken ct = default) =>
        WeighedAsync(() => FiveThirtyEightCoreAsync(folder, options, ct), ct);

    private async Task<IReadOnlyList<ImportFileResult>> VegaCoreAsync(string path, CatalogImportOptions options, CancellationToken ct)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "movies.json") : path;
        using var source = CatalogFile.Open(Exists(file));
        return [await JsonAsync(source, VegaMovies.Source, VegaMovies.ReadAsync(source.Data, ct), options, ct)];
    }

    private async Task<IReadOnlyList<ImportFileResult>> WikipediaCoreAsync(IEnumerable<string> paths, CatalogImportOptions options, CancellationToken ct)
    {
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "movies-*.json*").Order(StringComparer.Ordinal)
            : [Exists(p)]).ToList();
        if (files.Count == 0) throw new ArgumentException("No movies-*.json(.gz) files were given.");
        var results = new List<ImportFileResult>();
        foreach (var path in files)
        {
            using var source = CatalogFile.Open(path);
            results.Add(await JsonAsync(source, WikipediaMovies.Source, WikipediaMovies.ReadAsync(source.Data, ct), options, ct));
        }
        return results;
    }

    private async Task<IReadOnlyList<ImportFileResult>> FiveThirtyEightCoreAsync(string folder, CatalogImportOptions options, CancellationToken ct)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder (give the fivethirtyeight-film folder)");
        var results = new List<ImportFileResult>();
        foreach (var (table, relative, encoding, header) in FiveThirtyEight.Files)
        {
            var path = Path.Combine(folder, relative);
            if (!File.Exists(path)) continue;
            using var source = CatalogFile.Open(path, encoding);
            var first = source.ReadLine();
            if (first?.TrimEnd('\r').Replace("\"", "", StringComparison.Ordinal) != header) throw new CatalogFileException(source.Name, 1, $"wrong header: expected '{header}'");
            var records = Csv.Records(source.ReadLine, () => source.LineNumber);
            var run = new CheckpointedFile(db, FiveThirtyEight.Source, options);
            results.Add(await run.RunRecordsAsync(source, FiveThirtyEight.ReadAsync(table, records), new CatalogFilmStore(db).StoreAsync, ct));
        }
        if (results.Count == 0) throw new ArgumentException($"{folder}: none of FiveThirtyEight's film tables are there ({string.Join(", ", FiveThirtyEight.Files.Select(f => f.Path))}).");
        return results;
    }

    /// <summary>Runs an import with search weights deferred, then computes them once if anything was read.</summary>
    private async Task<IReadOnlyList<ImportFileResult>> WeighedAsync(Func<Task<IReadOnlyList<ImportFileResult>>> import, CancellationToken ct)
    {
        IReadOnlyList<ImportFileResult> results;
        using (SearchWeights.Defer()) results = await import();
        if (results.Any(r => !r.AlreadyDone)) await SearchWeights.RefreshAsync(db, ct);
        return results;
    }

    private async Task<ImportFileResult> JsonAsync(CatalogFile source, string name, IAsyncEnumerable<(long, Parsed<CatalogFilm>)> records, CatalogImportOptions options, CancellationToken ct)
    {
        try
        {
            return await new CheckpointedFile(db, name, options).RunRecordsAsync(source, records, new CatalogFilmStore(db).StoreAsync, ct);
        }
        catch (System.Text.Json.JsonException ex)
        {
            // Records before the break are committed with their checkpoint; the JSON itself is broken or cut short.
            throw new CatalogFileException(source.Name, (ex.LineNumber ?? 0) + 1, $"not a valid JSON array of films: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new CatalogFileException(source.Name, 0, $"the gzip data is damaged: {ex.Message}", ex);
        }
    }

    private static string Exists(string path) => File.Exists(path) ? path : throw new FileNotFoundException($"{path}: no such file", path);
}

using Marquee.Data;
using Marquee.Data.Search;

namespace Marquee.Import.Catalog.Imdb;

/// <summary>
/// Imports IMDb's dataset files exactly as published: read → parse (<see cref="ImdbRows"/>) → merge (<see cref="ImdbStore"/>),
/// file by file in <see cref="ImdbFiles.ImportOrder"/>, each with its own checkpoint.
/// </summary>
public sealed class ImdbImporter(MarqueeDbContext db)
{
    public const string Source = "imdb";

    /// <summary>Films only, unless asked for more (tvMovie, tvSeries, short…).</summary>
    public static readonly IReadOnlyList<string> DefaultTitleTypes = ["movie"];

    public async Task<IReadOnlyList<ImportFileResult>> ImportAsync(
        IEnumerable<string> paths, IReadOnlyCollection<string> titleTypes, CatalogImportOptions options, CancellationToken ct = default)
    {
        var files = ImdbFiles.Resolve(paths);
        if (files.Count == 0) throw new ArgumentException("No IMDb dataset files (title.basics.tsv.gz, name.basics.tsv.gz, …) were given.");
        var types = titleTypes.ToHashSet(StringComparer.Ordinal);
        var latestYear = options.Clock.GetUtcNow().Year + 10;
        var store = new ImdbStore(db);
        var run = new CheckpointedFile(db, Source, options);
        var results = new List<ImportFileResult>();
        using var weights = SearchWeights.Defer();
        foreach (var (kind, path) in files)
        {
            using var file = CatalogFile.Open(path);
            CheckHeader(file, kind);
            var name = file.Name;
            void Problem(long line, string reason) => options.OnProblem?.Invoke(new ImportProblem(name, line, reason));
            results.Add(kind switch
            {
                ImdbFileKind.TitleBasics => await run.RunAsync(file, (l, _) => ImdbRows.Basics(Split(l), types, latestYear), store.TitlesAsync, ct),
                ImdbFileKind.TitleRatings => await run.RunAsync(file, (l, _) => ImdbRows.Rating(Split(l)), store.RatingsAsync, ct),
                ImdbFileKind.TitleAkas => await run.RunAsync(file, (l, _) => ImdbRows.Aka(Split(l)), store.AkasAsync, ct),
                ImdbFileKind.NameBasics => await run.RunAsync(file, (l, _) => ImdbRows.Name(Split(l), latestYear), store.NamesAsync, ct),
                ImdbFileKind.TitlePrincipals => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Principal(Split(l)), n),
                    (batch, stats, token) => store.PrincipalsAsync(batch.Select(b => b.Row).ToList(), stats,
                        (row, reason) => Problem(batch.First(b => ReferenceEquals(b.Row, row)).Line, reason), token), ct),
                ImdbFileKind.TitleCrew => await run.RunAsync(file, (l, _) => ImdbRows.Crew(Split(l)), store.CrewAsync, ct),
                _ => throw new InvalidOperationException(kind.ToString()),
            });
        }
        if (results.Any(r => !r.AlreadyDone)) await SearchWeights.RefreshAsync(db, ct);
        return results;
    }

    private static Parsed<Lined<T>> Lined<T>(Parsed<T> parsed, long line) where T : class =>
        new(parsed.Value is null ? null : new Lined<T>(parsed.Value, line), parsed.Error, parsed.Note);

    private static string[] Split(string line) => line.Split('\t');

    /// <summary>The header must be IMDb's, field for field: a file with other columns would be read wrongly.</summary>
    private static void CheckHeader(CatalogFile file, ImdbFileKind kind)
    {
        var expected = ImdbFiles.Header(kind);
        var header = file.ReadLine();
        if (header is null) throw new CatalogFileException(file.Name, 1, $"the file is empty; expected the header '{expected.Replace('\t', ' ')}'");
        if (header.TrimEnd('\r') != expected)
            throw new CatalogFileException(file.Name, 1, $"wrong header for {ImdbFiles.BaseName(kind)}: expected '{expected.Replace("\t", "⇥")}', found '{Clip(header).Replace("\t", "⇥")}'");
    }

    private static string Clip(string value) => value.Length <= 120 ? value : value[..120] + "…";
}

/// <summary>A parsed row with the line it came from, for problems found only at the store step.</summary>
internal sealed record Lined<T>(T Row, long Line);

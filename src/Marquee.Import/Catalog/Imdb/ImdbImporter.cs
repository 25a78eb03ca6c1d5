using System.Data.Common;
using Marquee.Data;
using Marquee.Data.Catalog;
using Marquee.Data.Search;
using Marquee.Import.Catalog.Imdb.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marquee.Import.Catalog.Imdb;

/// <summary>
/// Imports IMDb's dataset files exactly as published, at scale: each file is read and parsed (<see cref="ImdbRows"/>)
/// into a staging table in batches, each batch committed with the file's checkpoint (prepared INSERTs on SQLite,
/// binary COPY on PostgreSQL); then one transaction merges the staged rows into the catalogue with set-based SQL
/// (<see cref="ImdbMerge"/>) and writes the new search documents. No entity is tracked per row.
/// </summary>
public sealed class ImdbImporter(MarqueeDbContext db)
{
    public const string Source = "imdb";

    /// <summary>The checkpoint that says the staged files still wait to be merged.</summary>
    public const string MergeCheckpoint = "(merge)";

    /// <summary>Films only, unless asked for more (tvMovie, tvSeries, short…).</summary>
    public static readonly IReadOnlyList<string> DefaultTitleTypes = ["movie"];

    /// <summary>Every person in name.basics, not only those credited in the imported films (IMDb lists millions who are not).</summary>
    public bool AllPeople { get; init; }

    public async Task<IReadOnlyList<ImportFileResult>> ImportAsync(
        IEnumerable<string> paths, IReadOnlyCollection<string> titleTypes, CatalogImportOptions options, CancellationToken ct = default)
    {
        var files = ImdbFiles.Resolve(paths);
        if (files.Count == 0) throw new ArgumentException("No IMDb dataset files (title.basics.tsv.gz, name.basics.tsv.gz, …) were given.");
        // Every header first: a wrong file stops the import before anything is written.
        foreach (var (kind, path) in files)
        {
            using var file = CatalogFile.Open(path);
            CheckHeader(file, kind);
        }
        var types = titleTypes.ToHashSet(StringComparer.Ordinal);
        var latestYear = options.Clock.GetUtcNow().Year + 10;
        var dialect = BulkDialect.For(db);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await PrepareAsync(connection, dialect, ct);
            var stager = new ImdbStager(AllPeople);
            await RestoreAsync(connection, stager, ct);

            var run = new CheckpointedFile(db, Source, options);
            var results = new List<(ImdbFileKind Kind, ImportFileResult Result)>();
            var pendingMarked = false;
            foreach (var (kind, path) in files)
            {
                using var file = CatalogFile.Open(path);
                file.ReadLine(); // the header, checked above
                var table = StageTable.For(kind);
                async Task Stage(IReadOnlyList<object?[]> rows, CancellationToken token)
                {
                    if (!pendingMarked) pendingMarked = await MarkMergePendingAsync(token);
                    if (rows.Count > 0) await dialect.WriteAsync(connection, db.Database.CurrentTransaction!.GetDbTransaction(), table, rows, token);
                }
                Task Fresh(CancellationToken token)
                {
                    stager.Forget(table);
                    return ClearStageAsync(connection, kind, token);
                }
                results.Add((kind, kind switch
                {
                    ImdbFileKind.TitleBasics => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Basics(Split(l), types, latestYear), n), (b, s, t) => Stage(stager.Titles(b, s), t), ct, Fresh),
                    ImdbFileKind.TitleRatings => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Rating(Split(l)), n), (b, s, t) => Stage(stager.Ratings(b, s), t), ct, Fresh),
                    ImdbFileKind.TitleAkas => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Aka(Split(l)), n), (b, s, t) => Stage(stager.Akas(b, s), t), ct, Fresh),
                    ImdbFileKind.TitlePrincipals => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Principal(Split(l)), n), (b, s, t) => Stage(stager.Principals(b, s), t), ct, Fresh),
                    ImdbFileKind.TitleCrew => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Crew(Split(l)), n), (b, s, t) => Stage(stager.Crew(b, s), t), ct, Fresh),
                    ImdbFileKind.NameBasics => await run.RunAsync(file, (l, n) => Lined(ImdbRows.Name(Split(l), latestYear), n), (b, s, t) => Stage(stager.Names(b, s), t), ct, Fresh),
                    _ => throw new InvalidOperationException(kind.ToString()),
                }));
            }

            var merge = await db.Set<ImportCheckpoint>().AsNoTracking().SingleOrDefaultAsync(c => c.Source == Source && c.File == MergeCheckpoint, ct);
            if (results.Any(r => !r.Result.AlreadyDone) || merge is { Completed: false })
                await MergeAsync(connection, dialect, results, options, ct);
            return results.Select(r => r.Result).ToList();
        }
        finally
        {
            if (dialect is SqliteDialect) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000;", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task MergeAsync(DbConnection connection, BulkDialect dialect, List<(ImdbFileKind Kind, ImportFileResult Result)> results,
        CatalogImportOptions options, CancellationToken ct)
    {
        var total = new ImportStats();
        options.Progress?.Report(new ImportProgress("merge", 0, 0, 1, total, "merging the staged rows into the catalogue"));
        var statsOf = results.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.First().Result);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sql = new BulkSql(connection, transaction.GetDbTransaction(), dialect, options.Clock.GetUtcNow());
        var merge = new ImdbMerge(sql);
        var principals = statsOf.GetValueOrDefault(ImdbFileKind.TitlePrincipals)?.File ?? "title.principals";
        var counts = await merge.RunAsync((line, nconst) =>
            options.OnProblem?.Invoke(new ImportProblem(principals, line, $"nconst {nconst} is not in name.basics; credit skipped")),
            step => options.Progress?.Report(new ImportProgress("merge", 0, 0, 1, total, step)), ct);
        foreach (var c in counts)
        {
            if (!statsOf.TryGetValue(c.File, out var result)) continue;
            result.Stats.Added += c.Added;
            result.Stats.Updated += c.Updated;
            result.Stats.Unchanged += Math.Max(0, c.Unchanged);
            result.Stats.Bad += c.Bad;
            total.Added += c.Added;
            total.Updated += c.Updated;
        }
        foreach (var table in StageTable.All) await sql.ExecAsync($"DROP TABLE IF EXISTS \"{table.Name}\"", ct);
        // Films and people that were already here and changed get their documents rebuilt the ordinary way.
        await new SearchIndexer(db).RefreshAsync(merge.TouchedFilms, merge.TouchedPeople, ct);
        var checkpoint = await db.Set<ImportCheckpoint>().SingleOrDefaultAsync(c => c.Source == Source && c.File == MergeCheckpoint, ct);
        if (checkpoint is not null)
        {
            checkpoint.Completed = true;
            checkpoint.UpdatedAt = options.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        options.Progress?.Report(new ImportProgress("merge", 1, 1, 1, total, "merged"));
    }

    /// <summary>Notes, in the first batch's transaction, that staged rows wait to be merged: a kill after staging still merges on the next run.</summary>
    private async Task<bool> MarkMergePendingAsync(CancellationToken ct)
    {
        var checkpoint = await db.Set<ImportCheckpoint>().SingleOrDefaultAsync(c => c.Source == Source && c.File == MergeCheckpoint, ct)
            ?? db.Set<ImportCheckpoint>().Add(new ImportCheckpoint { Source = Source, File = MergeCheckpoint, Fingerprint = "-" }).Entity;
        checkpoint.Completed = false;
        return true;
    }

    private async Task PrepareAsync(DbConnection connection, BulkDialect dialect, CancellationToken ct)
    {
        if (dialect.BulkSettings is { } settings) await Exec(connection, settings, ct);
        foreach (var table in StageTable.All) await Exec(connection, dialect.CreateStage(table), ct);
    }

    /// <summary>What earlier runs staged and what the catalogue holds, so the filters agree with them after a resume.</summary>
    private static async Task RestoreAsync(DbConnection connection, ImdbStager stager, CancellationToken ct)
    {
        await Read(connection, """SELECT "ImdbId" FROM "Films" WHERE "ImdbId" IS NOT NULL""", stager.KnowFilm, ct);
        await Read(connection, """SELECT "ImdbId" FROM "People" WHERE "ImdbId" IS NOT NULL""", stager.KnowPerson, ct);
        await Read(connection, """SELECT "Tconst" FROM "ImdbStageTitles" """, id => stager.Restore(StageTable.Titles, id), ct);
        await Read(connection, """SELECT "Tconst" FROM "ImdbStageRatings" """, id => stager.Restore(StageTable.Ratings, id), ct);
        await Read(connection, """SELECT "Nconst" FROM "ImdbStageCredits" """, id => stager.Restore(StageTable.Credits, id), ct);
        await Read(connection, """SELECT "Nconst" FROM "ImdbStageNames" """, id => stager.Restore(StageTable.Names, id), ct);
    }

    private static Task ClearStageAsync(DbConnection connection, ImdbFileKind kind, CancellationToken ct) => kind switch
    {
        ImdbFileKind.TitlePrincipals => Exec(connection, """DELETE FROM "ImdbStageCredits" WHERE "Source" = 0""", ct),
        ImdbFileKind.TitleCrew => Exec(connection, """DELETE FROM "ImdbStageCredits" WHERE "Source" = 1""", ct),
        _ => Exec(connection, $"DELETE FROM \"{StageTable.For(kind).Name}\"", ct),
    };

    private static async Task Exec(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task Read(DbConnection connection, string sql, Action<string> each, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) each(reader.GetString(0));
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

/// <summary>A parsed row with the line it came from, for problems found only at the merge.</summary>
internal sealed record Lined<T>(T Row, long Line);

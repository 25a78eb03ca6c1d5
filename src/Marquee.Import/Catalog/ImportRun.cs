using Marquee.Data;
using Marquee.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.Catalog;

/// <summary>Counts for one file: rows read, films/people/credits added or updated, rows left alone, skipped or bad.</summary>
public sealed class ImportStats
{
    public long Read { get; set; }
    public long Added { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Skipped { get; set; }
    public long Bad { get; set; }
}

/// <summary>How far an import is: a line of a file, or (with <paramref name="Step"/>) a step after the files are read.</summary>
public sealed record ImportProgress(string File, long Line, long Position, long Length, ImportStats Stats, string? Step = null);

/// <summary>How a file's import ended: done now, done before (its checkpoint says so), or resumed from a checkpoint.</summary>
public sealed record ImportFileResult(string File, ImportStats Stats, bool AlreadyDone, long ResumedAtLine);

/// <summary>Knobs every catalogue import shares.</summary>
public sealed class CatalogImportOptions
{
    public int BatchSize { get; set; } = 2000;

    /// <summary>Ignore checkpoints and read every file from the top (merging keeps this idempotent).</summary>
    public bool Restart { get; set; }
    public IProgress<ImportProgress>? Progress { get; set; }
    public Action<ImportProblem>? OnProblem { get; set; }
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}

/// <summary>
/// The loop every importer runs over a file: parse each line, store in batches, and save the checkpoint with each
/// batch in the same transaction, so after a kill the database and the checkpoint agree and the import resumes there.
/// </summary>
public sealed class CheckpointedFile(MarqueeDbContext db, string source, CatalogImportOptions options)
{
    /// <summary>A line-per-row file: each line after the header is parsed on its own.</summary>
    public Task<ImportFileResult> RunAsync<T>(
        CatalogFile file,
        Func<string, long, Parsed<T>> parse,
        Func<IReadOnlyList<T>, ImportStats, CancellationToken, Task> store,
        CancellationToken ct,
        Func<CancellationToken, Task>? freshStart = null) => RunRecordsAsync(file, Lines(file, parse, ct), store, ct, freshStart);

    /// <summary>
    /// Reads and parses on a second thread, a bounded distance ahead, while this one stores: the file's problems
    /// (a truncated gzip) still surface after every row before them, so checkpoints mean the same.
    /// </summary>
    private static async IAsyncEnumerable<(long Position, Parsed<T> Row)> Lines<T>(
        CatalogFile file, Func<string, long, Parsed<T>> parse, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<(long, Parsed<T>)[]>(4);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<(long, Parsed<T>)>(1024);
                while (file.ReadLine() is { } line)
                {
                    chunk.Add((file.LineNumber, parse(line, file.LineNumber)));
                    if (chunk.Count == 1024)
                    {
                        await channel.Writer.WriteAsync([.. chunk], stop.Token);
                        chunk.Clear();
                    }
                }
                if (chunk.Count > 0) await channel.Writer.WriteAsync([.. chunk], stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(ct))
            {
                foreach (var row in chunk) yield return row;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reader;
        }
    }

    /// <summary>
    /// Any file as a sequence of records, each with a position that grows (a line number, or a record's index in a
    /// JSON array): records at or before the checkpoint's position are passed over on resume. <paramref name="freshStart"/>
    /// runs when the file is read from its top (first time, changed file, or restart), to drop what an earlier read left.
    /// </summary>
    public async Task<ImportFileResult> RunRecordsAsync<T>(
        CatalogFile file,
        IAsyncEnumerable<(long Position, Parsed<T> Row)> records,
        Func<IReadOnlyList<T>, ImportStats, CancellationToken, Task> store,
        CancellationToken ct,
        Func<CancellationToken, Task>? freshStart = null)
    {
        var stats = new ImportStats();
        var checkpoint = await db.Set<ImportCheckpoint>().SingleOrDefaultAsync(c => c.Source == source && c.File == file.Name, ct);
        var fingerprint = file.Fingerprint();
        if (checkpoint is not null && checkpoint.Fingerprint == fingerprint && !options.Restart)
        {
            if (checkpoint.Completed) return new ImportFileResult(file.Name, stats, AlreadyDone: true, 0);
        }
        else if (checkpoint is not null)
        {
            checkpoint.Fingerprint = fingerprint;
            checkpoint.LinesDone = 0;
            checkpoint.Completed = false;
        }
        checkpoint ??= db.Set<ImportCheckpoint>().Add(new ImportCheckpoint { Source = source, File = file.Name, Fingerprint = fingerprint }).Entity;
        var resumeAt = checkpoint.LinesDone;
        if (resumeAt == 0 && freshStart is not null) await freshStart(ct);

        var batch = new List<T>(options.BatchSize);
        long position = resumeAt;
        await foreach (var (at, parsed) in records.WithCancellation(ct))
        {
            if (at <= resumeAt) continue;
            ct.ThrowIfCancellationRequested();
            position = at;
            stats.Read++;
            if (parsed.Note is not null) options.OnProblem?.Invoke(new ImportProblem(file.Name, at, parsed.Note));
            if (parsed.Error is not null)
            {
                stats.Bad++;
                options.OnProblem?.Invoke(new ImportProblem(file.Name, at, parsed.Error));
            }
            else if (parsed.Value is null) stats.Skipped++;
            else batch.Add(parsed.Value);

            if (batch.Count >= options.BatchSize)
            {
                checkpoint = await CommitAsync(batch, checkpoint, position, completed: false, stats, store, ct);
                options.Progress?.Report(new ImportProgress(file.Name, position, file.Position, file.Length, stats));
            }
        }
        await CommitAsync(batch, checkpoint, Math.Max(position, file.LineNumber), completed: true, stats, store, ct);
        options.Progress?.Report(new ImportProgress(file.Name, position, file.Length, file.Length, stats));
        return new ImportFileResult(file.Name, stats, AlreadyDone: false, resumeAt);
    }

    private async Task<ImportCheckpoint> CommitAsync<T>(
        List<T> batch, ImportCheckpoint checkpoint, long line, bool completed, ImportStats stats,
        Func<IReadOnlyList<T>, ImportStats, CancellationToken, Task> store, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (batch.Count > 0) await store(batch, stats, ct);
            if (db.Entry(checkpoint).State == EntityState.Detached) db.Attach(checkpoint);
            checkpoint.LinesDone = line;
            checkpoint.Completed = completed;
            checkpoint.UpdatedAt = options.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        batch.Clear();
        // Forget everything but the checkpoint: memory stays flat however long the file.
        db.ChangeTracker.Clear();
        db.Attach(checkpoint);
        return checkpoint;
    }
}

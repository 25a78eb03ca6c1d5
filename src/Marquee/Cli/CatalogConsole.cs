using Marquee.Import.Catalog;
using Spectre.Console;

namespace Marquee.Cli;

/// <summary>Shows a catalogue import: a live progress bar with rows/s and ETA on a terminal, plain lines otherwise; problems on stderr.</summary>
internal sealed class CatalogConsole
{
    private const int MaxProblemsShown = 200;
    private readonly TimeProvider clock;
    private long problems;
    private long lastPlainLine;

    public CatalogConsole(TimeProvider clock) => this.clock = clock;

    public static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public long Problems => Interlocked.Read(ref problems);

    public void Problem(ImportProblem problem)
    {
        var n = Interlocked.Increment(ref problems);
        if (n <= MaxProblemsShown) Console.Error.WriteLine(problem.ToString());
        else if (n == MaxProblemsShown + 1) Console.Error.WriteLine($"… more problems; only the first {MaxProblemsShown} are shown, the summary counts them all.");
    }

    /// <summary>Runs the import, showing its progress the way the output allows.</summary>
    public async Task<IReadOnlyList<ImportFileResult>> RunAsync(Func<IProgress<ImportProgress>, Task<IReadOnlyList<ImportFileResult>>> import)
    {
        var started = clock.GetTimestamp();
        if (!Interactive)
        {
            return await import(new Reporter(p =>
            {
                // A line per file start and then every two seconds at most, so logs stay readable.
                if (p.Step is not null)
                {
                    Console.WriteLine($"{p.File}: {p.Step} ({clock.GetElapsedTime(started).TotalSeconds:N0} s)");
                    return;
                }
                var now = clock.GetTimestamp();
                if (clock.GetElapsedTime(lastPlainLine, now).TotalSeconds < 2 && p.Position < p.Length) return;
                lastPlainLine = now;
                var seconds = Math.Max(clock.GetElapsedTime(started).TotalSeconds, 0.001);
                Console.WriteLine($"{p.File}: line {p.Line:N0}, {Percent(p):0}% ({p.Stats.Added:N0} added, {p.Stats.Updated:N0} updated, {p.Stats.Bad:N0} bad), {p.Line / seconds:N0} rows/s");
            }));
        }

        IReadOnlyList<ImportFileResult> results = [];
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, (ProgressTask Task, long Started)>();
                results = await import(new Reporter(p =>
                {
                    if (p.Step is not null)
                    {
                        var step = tasks.TryGetValue(p.File, out var s) ? s.Task : context.AddTask(Markup.Escape(p.File), maxValue: 1);
                        tasks[p.File] = (step, clock.GetTimestamp());
                        step.Description = Markup.Escape($"{p.File}: {p.Step}");
                        step.Value = p.Position;
                        if (p.Position == 0) step.IsIndeterminate = true;
                        else step.IsIndeterminate = false;
                        return;
                    }
                    if (!tasks.TryGetValue(p.File, out var entry))
                    {
                        entry = (context.AddTask(Markup.Escape(p.File), maxValue: Math.Max(p.Length, 1)), clock.GetTimestamp());
                        tasks[p.File] = entry;
                    }
                    var seconds = Math.Max(clock.GetElapsedTime(entry.Started).TotalSeconds, 0.001);
                    entry.Task.Description = Markup.Escape($"{p.File}  {p.Line:N0} rows  {p.Stats.Read / seconds:N0} rows/s");
                    entry.Task.Value = p.Position;
                }));
            });
        return results;
    }

    public static void Summary(IReadOnlyList<ImportFileResult> results)
    {
        if (Interactive)
        {
            var table = new Table().AddColumns("file", "read", "added", "updated", "unchanged", "skipped", "bad");
            foreach (var r in results)
            {
                table.AddRow(Markup.Escape(r.File) + (r.AlreadyDone ? " [grey](done before)[/]" : r.ResumedAtLine > 0 ? $" [grey](resumed at line {r.ResumedAtLine + 1:N0})[/]" : ""),
                    $"{r.Stats.Read:N0}", $"{r.Stats.Added:N0}", $"{r.Stats.Updated:N0}", $"{r.Stats.Unchanged:N0}", $"{r.Stats.Skipped:N0}", $"{r.Stats.Bad:N0}");
            }
            AnsiConsole.Write(table);
            return;
        }
        foreach (var r in results)
        {
            var note = r.AlreadyDone ? " (done before; --restart reads it again)" : r.ResumedAtLine > 0 ? $" (resumed at line {r.ResumedAtLine + 1})" : "";
            Console.WriteLine($"{r.File}: read {r.Stats.Read}, added {r.Stats.Added}, updated {r.Stats.Updated}, unchanged {r.Stats.Unchanged}, skipped {r.Stats.Skipped}, bad {r.Stats.Bad}{note}");
        }
        var total = results.Aggregate(new ImportStats(), (t, r) =>
        {
            t.Read += r.Stats.Read; t.Added += r.Stats.Added; t.Updated += r.Stats.Updated;
            t.Unchanged += r.Stats.Unchanged; t.Skipped += r.Stats.Skipped; t.Bad += r.Stats.Bad;
            return t;
        });
        Console.WriteLine($"total: read {total.Read}, added {total.Added}, updated {total.Updated}, unchanged {total.Unchanged}, skipped {total.Skipped}, bad {total.Bad}");
    }

    private static double Percent(ImportProgress p) => p.Length == 0 ? 100 : 100.0 * p.Position / p.Length;

    // Synchronous, unlike Progress<T>: the import's thread reports and the console shows it at once, in order.
    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

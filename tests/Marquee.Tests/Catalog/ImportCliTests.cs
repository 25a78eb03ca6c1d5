using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Catalog;

/// <summary>`marquee import catalog …` as a process: plain progress and a summary when not on a terminal; errors name the file and line.</summary>
public sealed class ImportCliTests
{
    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => MarqueeCli.RunAsync(args);

    [Fact]
    public async Task Imdb_import_prints_progress_problems_and_a_summary_and_a_rerun_is_a_no_op()
    {
        var data = TestEnvironment.NewDataDirectory();
        var dir = ImdbSample.Write();
        var (code, output, errors) = await RunAsync("import", "catalog", "imdb", dir, "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("title.basics.tsv.gz: line 8, 100%", output, StringComparison.Ordinal);
        Assert.Contains("title.basics.tsv.gz: read 7, added 3, updated 0, unchanged 0, skipped 1, bad 3", output, StringComparison.Ordinal);
        Assert.Contains("title.basics.tsv.gz:6: startYear '19x5'", errors, StringComparison.Ordinal);

        var (again, againOut, _) = await RunAsync("import", "catalog", "imdb", dir, "--data", data);
        Assert.Equal(0, again);
        Assert.Contains("total: read 0, added 0, updated 0", againOut, StringComparison.Ordinal);
        Assert.Contains("done before", againOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_exits_non_zero_naming_file_and_line()
    {
        var data = TestEnvironment.NewDataDirectory();
        var dir = Path.Combine(Path.GetTempPath(), "marquee-imdb", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        ImdbSample.WriteFile(dir, "title.ratings", ["tconst\trating\tvotes", "tt28607951\t7.5\t180000"], gzip: false);
        var (code, _, errors) = await RunAsync("import", "catalog", "imdb", dir, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("title.ratings.tsv:1: wrong header", errors, StringComparison.Ordinal);

        var (missing, _, missingErr) = await RunAsync("import", "catalog", "vega", Path.Combine(dir, "nope.json"), "--data", data);
        Assert.Equal(1, missing);
        Assert.Contains("nope.json: no such file", missingErr, StringComparison.Ordinal);
    }
}

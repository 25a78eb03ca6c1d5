using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Showtimes;

/// <summary>`marquee import showtimes FILE` as a real process against a database the test seeded.</summary>
public sealed class ImportShowtimesCliTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => MarqueeCli.RunAsync(args);

    [Fact]
    public async Task Imports_valid_rows_names_file_line_and_field_of_the_rest_and_re_imports_to_no_change()
    {
        string data;
        using (var app = new ShowtimesApp(Provider.Sqlite, demo: false))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await ShowtimeSeed.SeedAsync(scope.ServiceProvider);
            data = Path.Combine(TestEnvironment.NewDataDirectory());
            // Copy the seeded database out before the app deletes its folder.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(Path.Combine(app.DataDirectory, "marquee.db"), Path.Combine(data, "marquee.db"));
        }
        var feed = Path.Combine(data, "feed.csv");
        File.Copy(ShowtimeSeed.TestData("showtimes-mixed.csv"), feed);

        var (code, output, error) = await RunAsync("import", "showtimes", feed, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("feed.csv: 3 added, 0 updated, 0 unchanged, 10 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("feed.csv:3: film: No film 'no-such-film-2020'", error, StringComparison.Ordinal);
        Assert.Contains("feed.csv:5: local_time: 2026-03-08 02:30 does not exist in America/New_York", error, StringComparison.Ordinal);
        Assert.Contains("feed.csv:6: local_time: 2026-11-01 01:30 happens twice", error, StringComparison.Ordinal);
        Assert.Equal(10, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var (againCode, againOut, _) = await RunAsync("import", "showtimes", feed, "--data", data);
        Assert.Equal(1, againCode);
        Assert.Contains("0 added, 0 updated, 3 unchanged, 10 rejected.", againOut, StringComparison.Ordinal);

        var good = Path.Combine(data, "good.txt");
        await File.WriteAllTextAsync(good, "[{\"film\":\"anora-2024\",\"cinemaId\":\"test-kinema\",\"screen\":\"2\",\"localTime\":\"2026-12-01T18:00\"}]", Ct);
        var (goodCode, goodOut, goodErr) = await RunAsync("import", "showtimes", good, "--data", data);
        Assert.Equal(0, goodCode);
        Assert.Equal("", goodErr);
        Assert.Contains("good.txt: 1 added", goodOut, StringComparison.Ordinal);

        var (missingCode, _, missingErr) = await RunAsync("import", "showtimes", Path.Combine(data, "absent.csv"), "--data", data);
        Assert.Equal(1, missingCode);
        Assert.Contains("absent.csv: no such file", missingErr, StringComparison.Ordinal);
        var latin1 = Path.Combine(data, "latin1.csv");
        await File.WriteAllBytesAsync(latin1, [.. "film,cinema_id,screen,local_time\nam"u8, 0xE9, .. "lie-2001,test-house,1,2026-12-01T18:00\n"u8], Ct);
        var (latinCode, _, latinErr) = await RunAsync("import", "showtimes", latin1, "--data", data);
        Assert.Equal(1, latinCode);
        Assert.Contains("latin1.csv: not valid UTF-8", latinErr, StringComparison.Ordinal);
        var (helpCode, help, _) = await RunAsync("import", "--help");
        Assert.Equal(0, helpCode);
        Assert.Contains("showtimes", help, StringComparison.Ordinal);
    }
}

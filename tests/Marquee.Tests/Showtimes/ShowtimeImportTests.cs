using Marquee.Core.Showtimes;
using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.Showtimes;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Showtimes;

/// <summary>Showtime feeds into the database on every provider: each bad row by line and reason, valid rows in, re-import idempotent.</summary>
public sealed class ShowtimeImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task A_csv_feed_reports_every_bad_row_stores_the_good_ones_and_re_imports_to_no_change(Provider provider)
    {
        using var app = new ShowtimesApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        await ShowtimeSeed.SeedAsync(scope.ServiceProvider);
        var importer = scope.ServiceProvider.GetRequiredService<ShowtimeImporter>();
        var text = await File.ReadAllTextAsync(ShowtimeSeed.TestData("showtimes-mixed.csv"), Ct);

        var report = await importer.ImportFeedAsync(text, json: false, Ct);
        Assert.Equal((3, 0, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal(
            [
                (3, "film", "No film 'no-such-film-2020'"),
                (4, "cinema_id", "No cinema 'nowhere-cinema'"),
                (5, "local_time", "does not exist in America/New_York"),
                (6, "local_time", "happens twice in America/New_York"),
                (8, "screen", "Screen 1 is already showing"),
                (9, "local_time", "before anora-2024's first release (2024-05-21)"),
                (10, "format", "'4DX' is not a format"),
                (11, "local_time", "does not exist in Europe/London"),
                (13, "time_zone", "Test House is in America/New_York, not Europe/London"),
                (14, "cinema", "No cinema 'Test Kinema' in Paris"),
            ],
            report.Problems.Select(p => (p.Line, p.Field, Fragment(p.Reason, p.Line))));

        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var stored = await db.Set<Screening>().AsNoTracking().OrderBy(s => s.StartsAt).ToListAsync(Ct);
        Assert.Equal(
            [new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero)],
            stored.Select(s => s.StartsAt.ToUniversalTime()));
        Assert.Equal([ScreeningFormat.Imax, ScreeningFormat.ThirtyFive, ScreeningFormat.TwoD], stored.Select(s => s.Format));
        Assert.Equal(12.50m, stored[0].Price);
        Assert.True(stored[2].Captions);

        var again = await importer.ImportFeedAsync(text, json: false, Ct);
        Assert.Equal((0, 0, 3), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(report.Problems, again.Problems);
        Assert.Equal(3, await db.Set<Screening>().CountAsync(Ct));
        Assert.Equal(stored.Select(s => s.Version), (await db.Set<Screening>().AsNoTracking().OrderBy(s => s.StartsAt).ToListAsync(Ct)).Select(s => s.Version));

        // A changed field updates the stored screening in place.
        var soldOut = text.Replace("2026-11-20T19:00,America/New_York,2D,,true,15.00,USD", "2026-11-20T19:00,America/New_York,2D,,true,18.00,USD", StringComparison.Ordinal);
        var third = await importer.ImportFeedAsync(soldOut, json: false, Ct);
        Assert.Equal((0, 1, 2), (third.Added, third.Updated, third.Unchanged));
        Assert.Equal(18.00m, (await db.Set<Screening>().AsNoTracking().SingleAsync(s => s.Screen == "1" && s.CinemaId == stored[2].CinemaId, Ct)).Price);
    }

    [Theory]
    [AllProviders]
    public async Task A_json_feed_reports_by_the_line_each_object_starts_on(Provider provider)
    {
        using var app = new ShowtimesApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        await ShowtimeSeed.SeedAsync(scope.ServiceProvider);
        var importer = scope.ServiceProvider.GetRequiredService<ShowtimeImporter>();
        var text = await File.ReadAllTextAsync(ShowtimeSeed.TestData("showtimes-mixed.json"), Ct);

        var report = await importer.ImportFeedAsync(text, json: true, Ct);
        Assert.Equal(2, report.Added);
        Assert.Equal([(4, "local_time"), (5, "local_time"), (6, "screen"), (8, "projector")], report.Problems.Select(p => (p.Line, p.Field)));
        var again = await importer.ImportFeedAsync(text, json: true, Ct);
        Assert.Equal((0, 2), (again.Added, again.Unchanged));
    }

    // The reason must contain the expected fragment; returning the fragment keeps the table above readable.
    private static string Fragment(string reason, int line)
    {
        string[] fragments =
        [
            "No film 'no-such-film-2020'", "No cinema 'nowhere-cinema'", "does not exist in America/New_York", "happens twice in America/New_York",
            "Screen 1 is already showing", "before anora-2024's first release (2024-05-21)", "'4DX' is not a format", "does not exist in Europe/London",
            "Test House is in America/New_York, not Europe/London", "No cinema 'Test Kinema' in Paris",
        ];
        return fragments.FirstOrDefault(f => reason.Contains(f, StringComparison.Ordinal)) ?? $"line {line}: {reason}";
    }
}

/// <summary>Seed data the showtime storage and CLI tests share.</summary>
public static class ShowtimeSeed
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "Showtimes", "testdata", name);

    /// <summary>An empty catalogue with Anora (first release 21 May 2024, 139 minutes) and two cinemas.</summary>
    public static async Task SeedAsync(IServiceProvider services)
    {
        var films = services.GetRequiredService<FilmCommands>();
        Assert.True((await films.CreateAsync(new FilmInput(null, "Anora", Year: 2024, RuntimeMinutes: 139), Ct)).Succeeded);
        Assert.True((await films.AddReleaseDateAsync("anora-2024", new ReleaseDateInput("FR", "premiere", new DateOnly(2024, 5, 21)), Ct)).Succeeded);
        var cinemas = services.GetRequiredService<ShowtimeCommands>();
        Assert.True((await cinemas.CreateCinemaAsync(new CinemaInput("test-house", "Test House", null, "New York", "10012", "US", 40.72, -74.0, "America/New_York", 3, null), Ct)).Succeeded);
        Assert.True((await cinemas.CreateCinemaAsync(new CinemaInput("test-kinema", "Test Kinema", null, "London", "E8", "GB", 51.54, -0.06, "Europe/London", 1, null), Ct)).Succeeded);
    }
}

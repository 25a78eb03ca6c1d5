using System.Text;
using System.Text.Json;
using Marquee.Import.Catalog;
using Marquee.Import.Catalog.Datasets;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Catalog;

/// <summary>The JSON catalogues' records read from the real files and from small ones: the years they hold and the lines they are on.</summary>
public sealed class DatasetRecordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<(long Line, Parsed<CatalogFilm> Row)>> VegaAsync()
    {
        await using var file = File.OpenRead(SharedData.CatalogPath("vega-movies", "movies.json"));
        var rows = new List<(long, Parsed<CatalogFilm>)>();
        await foreach (var row in VegaMovies.ReadAsync(file, Ct)) rows.Add(row);
        return rows;
    }

    [Theory]
    [InlineData("Restless", 2011)]                                         // Jan 28 2011: announced when the data was gathered
    [InlineData("The Adventures of Tintin: Secret of the Unicorn", 2011)]  // Dec 23 2011
    [InlineData("Inception", 2010)]
    [InlineData("Duel in the Sun", 1946)]                                  // "Dec 31 2046": a two-digit year in the wrong century
    [InlineData("The Birth of a Nation", 1915)]                            // "Feb 08 2015"
    [InlineData("Gone with the Wind", 1939)]
    [InlineData("The Land Girls", 1998)]
    public async Task Vega_years_are_the_release_years(string title, int year)
    {
        var rows = await VegaAsync();
        Assert.Equal(year, Assert.Single(rows, r => r.Row.Value?.Title == title).Row.Value!.Year);
    }

    [Fact]
    public async Task Only_dates_later_than_the_data_could_know_are_moved_a_century()
    {
        var rows = await VegaAsync();
        Assert.Equal(3201, rows.Count);
        var moved = rows.Where(r => r.Row.Note is not null).Select(r => r.Row.Value!.Year!.Value).ToList();
        // The dates after 2010 (the README's "about 25") less the two real ones of 2011; none left between 1947 and 2011.
        Assert.Equal(22, moved.Count);
        Assert.All(moved, y => Assert.InRange(y, 1915, 1946));
        Assert.All(rows.Where(r => r.Row.Value is not null), r => Assert.InRange(r.Row.Value!.Year!.Value, 1900, VegaMovies.LastYear));
    }

    [Fact]
    public async Task Vega_rows_are_located_by_the_line_they_are_on()
    {
        var rows = await VegaAsync();
        var lines = await File.ReadAllLinesAsync(SharedData.CatalogPath("vega-movies", "movies.json"), Ct);
        Assert.Equal(2, rows[0].Line);   // line 1 holds the array's "["
        Assert.Equal(2660, rows.Single(r => r.Row.Value?.Title == "Restless").Line);
        Assert.Equal(3055, rows.Single(r => r.Row.Error == "Title is missing").Line);
        Assert.All(rows, r => Assert.StartsWith("{", lines[r.Line - 1].TrimStart()));
    }

    [Fact]
    public async Task Records_over_many_lines_are_located_by_the_line_they_start_on()
    {
        // Pretty-printed as Wikipedia's files are; the bad record (no title) starts on line 12.
        const string json = """
            [
              {
                "title": "Nomadland",
                "year": 2020,
                "cast": [
                  "Frances McDormand",
                  "David Strathairn"
                ],
                "genres": ["Drama"]
              },
              {
                "title": null,
                "year": 2020,
                "cast": []
              },
              { "title": "Minari", "year": 2020 }, { "title": "Tenet", "year": "soon" }
            ]
            """;
        var rows = new List<(long Line, Parsed<CatalogFilm> Row)>();
        await foreach (var row in WikipediaMovies.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), Ct)) rows.Add(row);
        Assert.Equal([2L, 11, 16, 16], rows.Select(r => r.Line));
        Assert.Equal("title is missing", rows[1].Row.Error);
        Assert.StartsWith("year", rows[3].Row.Error);
    }

    [Fact]
    public async Task A_record_longer_than_the_read_buffer_keeps_its_line()
    {
        var longCast = string.Join(",\n", Enumerable.Range(0, 20_000).Select(i => $"\"Actor {i}\""));
        var json = $"[\n{{\"title\": \"Long\", \"year\": 2020, \"cast\": [\n{longCast}\n]}},\n{{\"title\": \"After\", \"year\": 2021}}\n]";
        var rows = new List<(long Line, Parsed<CatalogFilm> Row)>();
        await foreach (var row in WikipediaMovies.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), Ct)) rows.Add(row);
        Assert.Equal([2L, 20_004], rows.Select(r => r.Line));
        Assert.Equal("After", rows[1].Row.Value!.Title);
    }

    [Fact]
    public async Task Broken_json_is_reported_at_its_line()
    {
        var json = "[\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"  {{\"Title\": \"Film {i}\", \"Release Date\": \"Jun 12 1998\"}},\n")) + "  {\"Title\": oops}\n]";
        var ex = await Assert.ThrowsAnyAsync<JsonException>(async () =>
        {
            await foreach (var _ in VegaMovies.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), Ct)) { }
        });
        Assert.Equal(5002, ex.LineNumber + 1);
    }
}

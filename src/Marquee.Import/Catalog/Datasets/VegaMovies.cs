using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Marquee.Import.Catalog.Datasets;

/// <summary>
/// vega-datasets' movies.json: about 3,200 films with director, runtime, distributor and IMDb rating, dirty on purpose
/// (numeric and null titles, two-digit-year dates pushed into the future).
/// </summary>
public static class VegaMovies
{
    public const string Source = "vega";

    /// <summary>
    /// The year the dataset was gathered: its grosses and votes stop in 2010, and it lists films then announced for
    /// the next year ("Restless", Jan 28 2011; "The Adventures of Tintin", Dec 23 2011).
    /// </summary>
    public const int Gathered = 2010;

    /// <summary>
    /// The latest release date the data can hold. Its wrong dates are two-digit years that a pivot put in the wrong
    /// century ("Dec 31 46" read as 2046, not 1946): a date later than any the data could know is one of them.
    /// </summary>
    public const int LastYear = Gathered + 1;

    /// <summary>Each record with the line it starts on.</summary>
    public static async IAsyncEnumerable<(long Position, Parsed<CatalogFilm> Row)> ReadAsync(Stream json, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var (line, element) in JsonRecords.ReadAsync(json, ct)) yield return (line, Parse(element));
    }

    public static Parsed<CatalogFilm> Parse(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return Parsed<CatalogFilm>.Bad("record is not an object");
        var title = e.TryGetProperty("Title", out var t) ? t.ValueKind switch
        {
            JsonValueKind.String => t.GetString()?.Trim(),
            JsonValueKind.Number => t.GetRawText(), // "1776", "2012": real titles that the file stores as numbers
            _ => null,
        } : null;
        if (string.IsNullOrEmpty(title)) return Parsed<CatalogFilm>.Bad("Title is missing");
        if (title.Length > 300) return Parsed<CatalogFilm>.Bad("Title is longer than 300 characters");
        if (Text(e, "Release Date") is not { } date || !DateOnly.TryParseExact(date, "MMM dd yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var released))
            return Parsed<CatalogFilm>.Bad($"Release Date '{Text(e, "Release Date")}' is not a date like 'Jun 12 1998'");
        var year = released.Year;
        string? note = null;
        if (year > LastYear)
        {
            note = $"Release Date year {year} is later than the dataset could know (gathered in {Gathered}); read as {year - 100}";
            year -= 100;
        }
        var runtime = Int(e, "Running Time min");
        if (runtime is < 1 or > 1000) runtime = null;
        var director = Text(e, "Director");
        var genre = Text(e, "Major Genre");
        return Parsed<CatalogFilm>.Ok(new CatalogFilm(
            title, year, runtime,
            Genres: genre is null ? [] : [genre],
            Directors: director is null ? [] : [director],
            Distributor: Text(e, "Distributor"),
            ImdbRating: Number(e, "IMDB Rating") is { } r and >= 0 and <= 10 ? r : null,
            ImdbVotes: Int(e, "IMDB Votes")), note);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()?.Trim() is { Length: > 0 } s ? s : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static int? Int(JsonElement e, string name) =>
        Number(e, name) is { } d && d >= 0 && d <= int.MaxValue ? (int)d : null;
}

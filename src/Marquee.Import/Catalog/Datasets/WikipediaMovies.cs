using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Marquee.Import.Catalog.Datasets;

/// <summary>
/// prust/wikipedia-movie-data: American films 1900–2023 by decade, with cast names and genres. The director comes
/// from the lead paragraph's "directed by …" when it says so; the paragraph itself is not stored (CC BY-SA text).
/// </summary>
public static partial class WikipediaMovies
{
    public const string Source = "wikipedia";

    private sealed record Entry(
        [property: JsonPropertyName("title")] JsonElement Title,
        [property: JsonPropertyName("year")] JsonElement Year,
        [property: JsonPropertyName("cast")] List<string?>? Cast,
        [property: JsonPropertyName("genres")] List<string?>? Genres,
        [property: JsonPropertyName("extract")] string? Extract);

    /// <summary>Each record with the line it starts on.</summary>
    public static async IAsyncEnumerable<(long Position, Parsed<CatalogFilm> Row)> ReadAsync(Stream json, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var (line, element) in JsonRecords.ReadAsync(json, ct))
        {
            yield return (line, element.Deserialize<Entry>() is { } entry ? Parse(entry) : Parsed<CatalogFilm>.Bad("record is null"));
        }
    }

    private static Parsed<CatalogFilm> Parse(Entry e)
    {
        var title = e.Title.ValueKind == JsonValueKind.String ? e.Title.GetString()?.Trim() : e.Title.ValueKind == JsonValueKind.Number ? e.Title.GetRawText() : null;
        if (string.IsNullOrEmpty(title)) return Parsed<CatalogFilm>.Bad("title is missing");
        if (title.Length > 300) return Parsed<CatalogFilm>.Bad("title is longer than 300 characters");
        if (e.Year.ValueKind != JsonValueKind.Number || !e.Year.TryGetInt32(out var year) || year is < 1870 or > 2100)
            return Parsed<CatalogFilm>.Bad($"year '{e.Year}' is not a year");
        var cast = (e.Cast ?? []).Select(c => c?.Trim()).OfType<string>().Where(c => c.Length is > 1 and <= 200).Distinct().ToList();
        var director = DirectorIn(e.Extract);
        return Parsed<CatalogFilm>.Ok(new CatalogFilm(
            title, year,
            Genres: (e.Genres ?? []).Select(g => g?.Trim()).OfType<string>().Where(g => g.Length is > 0 and <= 100).ToList(),
            Directors: director is null ? [] : [director],
            Credits: cast.Select((name, i) => new CatalogCredit(new CatalogPerson(name), Cast: true, Character: null, Order: i)).ToList()));
    }

    // A name word is an initial ("J.") or a capitalised word without a full stop, so a sentence's end stops the name.
    [GeneratedRegex(@"\bdirected by ((?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|der|del|la|le|da|di|dos)){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex DirectedBy();

    /// <summary>The first director a lead paragraph names: "… directed by Nicolas Pesce." → "Nicolas Pesce".</summary>
    public static string? DirectorIn(string? extract)
    {
        if (extract is null || DirectedBy().Match(extract) is not { Success: true } m) return null;
        var name = m.Groups[1].Value.TrimEnd('.', ',', '\'', '’');
        // One capitalised word is rarely a full name ("directed by Disney"); two to four are.
        return name.Contains(' ', StringComparison.Ordinal) && name.Length <= 200 ? name : null;
    }
}

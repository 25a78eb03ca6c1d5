using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marquee.Import.Catalog.Imdb;

public sealed record TitleBasics(string Tconst, string TitleType, string PrimaryTitle, string? OriginalTitle, int? StartYear, int? RuntimeMinutes, IReadOnlyList<string> Genres);

public sealed record TitleAka(string Tconst, int Ordering, string Title, string? Region, string? Language, string? Types);

public sealed record TitleCrew(string Tconst, IReadOnlyList<string> Directors, IReadOnlyList<string> Writers);

public sealed record TitlePrincipal(string Tconst, int Ordering, string Nconst, string Category, string? Job, IReadOnlyList<string> Characters);

public sealed record NameBasics(string Nconst, string PrimaryName, int? BirthYear, int? DeathYear);

public sealed record TitleRating(string Tconst, double AverageRating, int NumVotes);

/// <summary>
/// Pure parsers for the rows of IMDb's dataset files (tab-separated, <c>\N</c> for null, no quoting):
/// fields in, a record or the reason it is unusable out.
/// </summary>
public static partial class ImdbRows
{
    public const int MaxTitleLength = 300;
    public const int MaxNameLength = 200;

    [GeneratedRegex(@"^tt\d{7,10}$")]
    private static partial Regex TitleId();

    [GeneratedRegex(@"^nm\d{7,10}$")]
    private static partial Regex NameId();

    public static Parsed<TitleBasics> Basics(string[] f, ISet<string> titleTypes, int latestYear)
    {
        if (Count(f, 9) is { } bad) return Parsed<TitleBasics>.Bad(bad);
        if (!TitleId().IsMatch(f[0])) return Parsed<TitleBasics>.Bad($"tconst '{Clip(f[0])}' is not an IMDb title id");
        if (!titleTypes.Contains(f[1])) return Parsed<TitleBasics>.Skip;
        var title = Null(f[2])?.Trim();
        if (string.IsNullOrEmpty(title)) return Parsed<TitleBasics>.Bad("primaryTitle is empty");
        if (title.Length > MaxTitleLength) return Parsed<TitleBasics>.Bad($"primaryTitle is longer than {MaxTitleLength} characters");
        if (!Year(f[5], latestYear, out var year)) return Parsed<TitleBasics>.Bad($"startYear '{Clip(f[5])}' is not a year from 1870 to {latestYear}");
        string? note = null;
        if (!Int(f[7], out var runtime)) return Parsed<TitleBasics>.Bad($"runtimeMinutes '{Clip(f[7])}' is not a number");
        if (runtime is < 1 or > 1000)
        {
            note = $"runtimeMinutes {runtime} is outside 1–1000; kept the film without a runtime";
            runtime = null;
        }
        var original = Null(f[3])?.Trim();
        if (original == title || original?.Length > MaxTitleLength) original = null;
        return Parsed<TitleBasics>.Ok(new TitleBasics(f[0], f[1], title, original, year, runtime, List(f[8])), note);
    }

    public static Parsed<TitleAka> Aka(string[] f)
    {
        if (Count(f, 8) is { } bad) return Parsed<TitleAka>.Bad(bad);
        if (!TitleId().IsMatch(f[0])) return Parsed<TitleAka>.Bad($"titleId '{Clip(f[0])}' is not an IMDb title id");
        if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ordering)) return Parsed<TitleAka>.Bad($"ordering '{Clip(f[1])}' is not a number");
        var title = Null(f[2])?.Trim();
        if (string.IsNullOrEmpty(title)) return Parsed<TitleAka>.Bad("title is empty");
        if (title.Length > MaxTitleLength) return Parsed<TitleAka>.Bad($"title is longer than {MaxTitleLength} characters");
        var region = Null(f[3]);
        if (region is not null && region.Length > 8) return Parsed<TitleAka>.Bad($"region '{Clip(region)}' is not a region code");
        var language = Null(f[4]);
        if (language is not null && language.Length > 8) return Parsed<TitleAka>.Bad($"language '{Clip(language)}' is not a language code");
        return Parsed<TitleAka>.Ok(new TitleAka(f[0], ordering, title, region, language, Null(f[5])?.Replace('\u0002', ',')));
    }

    public static Parsed<TitleCrew> Crew(string[] f)
    {
        if (Count(f, 3) is { } bad) return Parsed<TitleCrew>.Bad(bad);
        if (!TitleId().IsMatch(f[0])) return Parsed<TitleCrew>.Bad($"tconst '{Clip(f[0])}' is not an IMDb title id");
        var directors = List(f[1]);
        var writers = List(f[2]);
        if (directors.Concat(writers).FirstOrDefault(n => !NameId().IsMatch(n)) is { } wrong) return Parsed<TitleCrew>.Bad($"'{Clip(wrong)}' is not an IMDb name id");
        return Parsed<TitleCrew>.Ok(new TitleCrew(f[0], directors, writers));
    }

    public static Parsed<TitlePrincipal> Principal(string[] f)
    {
        if (Count(f, 6) is { } bad) return Parsed<TitlePrincipal>.Bad(bad);
        if (!TitleId().IsMatch(f[0])) return Parsed<TitlePrincipal>.Bad($"tconst '{Clip(f[0])}' is not an IMDb title id");
        if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ordering)) return Parsed<TitlePrincipal>.Bad($"ordering '{Clip(f[1])}' is not a number");
        if (!NameId().IsMatch(f[2])) return Parsed<TitlePrincipal>.Bad($"nconst '{Clip(f[2])}' is not an IMDb name id");
        var category = Null(f[3]);
        if (string.IsNullOrEmpty(category)) return Parsed<TitlePrincipal>.Bad("category is empty");
        IReadOnlyList<string> characters = [];
        if (Null(f[5]) is { } json)
        {
            try
            {
                characters = JsonSerializer.Deserialize<List<string>>(json)?.Select(c => c.Trim()).Where(c => c.Length is > 0 and <= MaxNameLength).ToList() ?? [];
            }
            catch (JsonException)
            {
                return Parsed<TitlePrincipal>.Bad($"characters '{Clip(json)}' is not a JSON list of names");
            }
        }
        var job = Null(f[4]);
        return Parsed<TitlePrincipal>.Ok(new TitlePrincipal(f[0], ordering, f[2], category, job?.Length > 100 ? job[..100] : job, characters));
    }

    public static Parsed<NameBasics> Name(string[] f, int latestYear)
    {
        if (Count(f, 6) is { } bad) return Parsed<NameBasics>.Bad(bad);
        if (!NameId().IsMatch(f[0])) return Parsed<NameBasics>.Bad($"nconst '{Clip(f[0])}' is not an IMDb name id");
        var name = Null(f[1])?.Trim();
        if (string.IsNullOrEmpty(name)) return Parsed<NameBasics>.Bad("primaryName is empty");
        if (name.Length > MaxNameLength) return Parsed<NameBasics>.Bad($"primaryName is longer than {MaxNameLength} characters");
        if (!Year(f[2], latestYear, out var born, earliest: 1700)) return Parsed<NameBasics>.Bad($"birthYear '{Clip(f[2])}' is not a year");
        if (!Year(f[3], latestYear, out var died, earliest: 1700)) return Parsed<NameBasics>.Bad($"deathYear '{Clip(f[3])}' is not a year");
        return Parsed<NameBasics>.Ok(new NameBasics(f[0], name, born, died));
    }

    public static Parsed<TitleRating> Rating(string[] f)
    {
        if (Count(f, 3) is { } bad) return Parsed<TitleRating>.Bad(bad);
        if (!TitleId().IsMatch(f[0])) return Parsed<TitleRating>.Bad($"tconst '{Clip(f[0])}' is not an IMDb title id");
        if (!double.TryParse(f[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var average) || average is < 0 or > 10)
            return Parsed<TitleRating>.Bad($"averageRating '{Clip(f[1])}' is not a rating from 0 to 10");
        if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var votes)) return Parsed<TitleRating>.Bad($"numVotes '{Clip(f[2])}' is not a number");
        return Parsed<TitleRating>.Ok(new TitleRating(f[0], average, votes));
    }

    private static string? Count(string[] f, int expected) => f.Length == expected ? null : $"expected {expected} tab-separated fields, found {f.Length}";

    private static string? Null(string value) => value == @"\N" || value.Length == 0 ? null : value;

    private static IReadOnlyList<string> List(string value) =>
        Null(value) is { } v ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static bool Int(string value, out int? result)
    {
        result = null;
        if (Null(value) is not { } v) return true;
        if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        result = n;
        return true;
    }

    private static bool Year(string value, int latest, out int? year, int earliest = 1870)
    {
        if (!Int(value, out year)) return false;
        return year is null || (year >= earliest && year <= latest);
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

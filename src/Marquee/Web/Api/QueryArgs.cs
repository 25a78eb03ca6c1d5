using System.Globalization;
using Marquee.Data.Films;

namespace Marquee.Web.Api;

/// <summary>Reads list parameters from the query string, naming the parameter when one is wrong.</summary>
internal sealed class QueryArgs(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> errors = [];

    public IReadOnlyDictionary<string, string[]>? Errors => errors.Count == 0 ? null : errors;

    public int? Int(QueryParam param) => Int(param.Name, param.Min, param.Max);

    public string? Text(QueryParam param) => Text(param.Name, param.MaxLength);

    public int? Int(string name, int min, int max)
    {
        var raw = query[name].ToString();
        if (string.IsNullOrEmpty(raw)) return null;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"Must be a whole number from {min} to {max}."];
        return null;
    }

    public string? Text(string name, int maxLength)
    {
        var raw = query[name].ToString().Trim();
        if (raw.Length == 0) return null;
        if (raw.Length <= maxLength) return raw;
        errors[name] = [$"At most {maxLength} characters."];
        return null;
    }

    public T? Enum<T>(string name) where T : struct, System.Enum
    {
        var raw = query[name].ToString();
        if (string.IsNullOrEmpty(raw)) return null;
        if (System.Enum.TryParse<T>(raw, ignoreCase: true, out var value) && System.Enum.IsDefined(value)) return value;
        errors[name] = [$"Must be one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."];
        return null;
    }

    public bool Descending()
    {
        var raw = query["order"].ToString();
        if (raw is "" or "asc") return false;
        if (raw == "desc") return true;
        errors["order"] = ["Must be asc or desc."];
        return false;
    }

    /// <summary>The film list filters shared by the page and the API.</summary>
    public FilmListQuery FilmList(int latestYear) => new(
        Page: Int(QueryParam.Page) ?? 1,
        PageSize: Int(FilmListParams.PageSize) ?? 24,
        Year: Int(FilmListParams.Year.Name, FilmListParams.Year.Min, latestYear),
        Genre: Text(FilmListParams.Genre),
        Person: Text(FilmListParams.Person),
        Sort: Enum<FilmSort>(FilmListParams.Sort.Name) ?? FilmSort.Title,
        Descending: Descending());
}

/// <summary>The film list's parameters, read by <see cref="QueryArgs.FilmList"/>.</summary>
internal static class FilmListParams
{
    public static readonly QueryParam PageSize = QueryParam.PageSize(FilmListQuery.MaxPageSize, 24);
    public static readonly QueryParam Year = QueryParam.Int("year", FilmInputValidator.EarliestYear, int.MaxValue, "Release year (up to ten years ahead).");
    public static readonly QueryParam Genre = QueryParam.Text("genre", 100, "A genre, e.g. romance.");
    public static readonly QueryParam Person = QueryParam.Text("person", 120, "A person's slug: films they are credited in.");
    public static readonly QueryParam Sort = QueryParam.Enum<FilmSort>("sort", "Sort key (default title).");
    public static readonly QueryParam Order = QueryParam.Choice("order", "asc (default) or desc.", "asc", "desc");

    public static readonly QueryParam[] All = [QueryParam.Page, PageSize, Year, Genre, Person, Sort, Order];
}

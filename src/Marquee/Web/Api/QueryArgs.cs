using System.Globalization;
using Marquee.Data.Films;

namespace Marquee.Web.Api;

/// <summary>Reads list parameters from the query string, naming the parameter when one is wrong.</summary>
internal sealed class QueryArgs(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> errors = [];

    public IReadOnlyDictionary<string, string[]>? Errors => errors.Count == 0 ? null : errors;

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
        Page: Int("page", 1, 100_000) ?? 1,
        PageSize: Int("pageSize", 1, FilmListQuery.MaxPageSize) ?? 24,
        Year: Int("year", FilmInputValidator.EarliestYear, latestYear),
        Genre: Text("genre", 100),
        Person: Text("person", 120),
        Sort: Enum<FilmSort>("sort") ?? FilmSort.Title,
        Descending: Descending());
}

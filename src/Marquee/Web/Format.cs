using System.Globalization;
using Marquee.Core.Common;
using Marquee.Core.Films;
using Marquee.Core.Releases;
using Marquee.Data.Films;

namespace Marquee.Web;

/// <summary>How pages word facts: "139 minutes", "Limited release, October 18, 2024, United States".</summary>
public static class Format
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Runtime(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    public static string Country(string code) => Countries.NameOf(code) ?? code;

    public static string ReleaseType(string type) =>
        ReleaseTypes.TryParse(type, out var parsed) ? parsed.ToLabel() : type;

    public static string Release(ReleaseFact release) =>
        $"{release.Type.ToLabel()}, {Date(release.Date)}, {Country(release.Country)}";

    /// <summary>ISO 8601 duration for schema.org: PT139M.</summary>
    public static string IsoDuration(int minutes) => $"PT{minutes}M";

    public static string? ImdbUrl(string? id) => id is null ? null : $"https://www.imdb.com/{(id.StartsWith("nm", StringComparison.Ordinal) ? "name" : "title")}/{id}/";

    public static string? TmdbFilmUrl(int? id) => id is null ? null : $"https://www.themoviedb.org/movie/{id}";

    public static string? TmdbPersonUrl(int? id) => id is null ? null : $"https://www.themoviedb.org/person/{id}";

    public static string? WikidataUrl(string? id) => id is null ? null : $"https://www.wikidata.org/wiki/{id}";
}

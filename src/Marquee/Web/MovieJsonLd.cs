using System.Text.Json;
using System.Text.Json.Nodes;
using Marquee.Data.Films;

namespace Marquee.Web;

/// <summary>schema.org Movie for a film page; serialised with HTML-sensitive characters escaped, so it is safe inside a script tag.</summary>
public static class MovieJsonLd
{
    // One instance: building serializer options is costly and they cache metadata.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string For(FilmDetails film, SiteUrls urls)
    {
        var movie = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Movie",
            ["name"] = film.Title,
            ["url"] = urls.Absolute($"/films/{film.Slug}"),
        };
        if (film.OriginalTitle is { } original && original != film.Title) movie["alternateName"] = original;
        if ((film.Logline ?? film.Synopsis) is { } description) movie["description"] = description;
        if (film.RuntimeMinutes is { } minutes) movie["duration"] = Format.IsoDuration(minutes);
        if (film.ReleaseDates.Count > 0) movie["datePublished"] = film.ReleaseDates.Min(r => r.Date).ToString("yyyy-MM-dd");
        if (film.Genres.Count > 0) movie["genre"] = new JsonArray([.. film.Genres.Select(g => (JsonNode?)g)]);
        if (film.OriginalLanguage is { } language) movie["inLanguage"] = language;
        movie["director"] = new JsonArray([.. film.Directors.Select(d => (JsonNode?)Person(d.Name, urls.Absolute($"/people/{d.PersonSlug()}")))]);
        movie["actor"] = new JsonArray([.. film.Cast.Select(c => (JsonNode?)new JsonObject
        {
            ["@type"] = "PerformanceRole",
            ["actor"] = Person(c.Name, urls.Absolute($"/people/{c.PersonSlug}")),
            ["characterName"] = c.Character,
        })]);
        var sameAs = new[] { Format.ImdbUrl(film.ExternalIds.Imdb), Format.TmdbFilmUrl(film.ExternalIds.Tmdb), Format.WikidataUrl(film.ExternalIds.Wikidata) }
            .Where(u => u is not null).Select(u => (JsonNode?)u).ToArray();
        if (sameAs.Length > 0) movie["sameAs"] = new JsonArray(sameAs);
        return movie.ToJsonString(Options);
    }

    private static JsonObject Person(string name, string url) => new() { ["@type"] = "Person", ["name"] = name, ["url"] = url };

    private static string PersonSlug(this PersonRef person) => person.Slug;
}

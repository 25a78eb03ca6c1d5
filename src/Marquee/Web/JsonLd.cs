using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marquee.Core.Reviews;
using Marquee.Data.Films;
using Marquee.Data.Reviews;
using Marquee.Data.Showtimes;
using Marquee.Features.Reviews;

namespace Marquee.Web;

/// <summary>
/// schema.org JSON-LD for every page, built here only: the film page's Movie, a review's Review of that Movie, and
/// screenings' ScreeningEvents. The Movie node is made by <see cref="Movie"/> alone, so it is the same on every page;
/// lists of many films point at it by its @id. Serialised with HTML-sensitive characters escaped, so it is safe inside
/// a script tag.
/// </summary>
public static class JsonLd
{
    private const string Context = "https://schema.org";

    // One instance: building serializer options is costly and they cache metadata.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>The film page's Movie.</summary>
    public static string ForFilm(FilmPage film, SiteUrls urls)
    {
        var movie = Movie(film, urls);
        movie.Insert(0, "@context", Context);
        return movie.ToJsonString(Options);
    }

    /// <summary>A review of the film. description is the dek; reviewBody leaves every spoiler block out (and is absent for full-spoiler reviews).</summary>
    public static string ForReview(ReviewDetails review, FilmPage film, SiteUrls urls, string siteName)
    {
        var node = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Review",
            ["name"] = review.Headline,
            ["headline"] = review.Headline,
            ["description"] = review.Dek,
            ["url"] = urls.Absolute($"/reviews/{review.Slug}"),
            ["itemReviewed"] = Movie(film, urls),
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = review.Author.DisplayName, ["url"] = urls.Absolute($"/reviews?critic={Uri.EscapeDataString(review.Author.UserName)}") },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = urls.Absolute("/") },
        };
        if (review.PublishedAt is { } published) node["datePublished"] = published.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        if ((review.ModifiedAt ?? review.PublishedAt) is { } modified) node["dateModified"] = modified.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        if (review.SpoilerLevel != SpoilerLevel.Full) node["reviewBody"] = ReviewMarkdown.PlainTextWithoutSpoilers(review.Body);
        if (review.Score is { } score)
        {
            node["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = (double)score.RatingValue,
                ["bestRating"] = score.Best,
                ["worstRating"] = 0,
                ["ratingExplanation"] = score.Raw,
            };
        }
        return node.ToJsonString(Options);
    }

    /// <summary>A ScreeningEvent for each listed screening; the film each presents is a reference to its Movie.</summary>
    public static string ForScreenings(IEnumerable<ScreeningView> screenings, IReadOnlyDictionary<string, CinemaView> cinemas, SiteUrls urls)
    {
        var events = new JsonArray();
        foreach (var s in screenings)
        {
            cinemas.TryGetValue(s.CinemaSlug, out var cinema);
            var ev = new JsonObject
            {
                ["@context"] = Context,
                ["@type"] = "ScreeningEvent",
                ["name"] = s.FilmTitle,
                ["startDate"] = s.StartsAtLocal.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                ["videoFormat"] = s.Format,
                ["eventStatus"] = "https://schema.org/EventScheduled",
                ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
                ["workPresented"] = MovieReference(s.FilmSlug, s.FilmTitle, urls),
                ["location"] = Place(s, cinema, urls),
            };
            if (s.RuntimeMinutes is { } minutes) ev["endDate"] = s.StartsAtLocal.AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            if (s.AudioLanguage is { } audio) ev["inLanguage"] = audio;
            if (s.Subtitles is { } subtitles) ev["subtitleLanguage"] = subtitles;
            var offer = new JsonObject
            {
                ["@type"] = "Offer",
                ["availability"] = s.SoldOut ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
                ["url"] = s.TicketUrl ?? urls.Absolute($"/films/{s.FilmSlug}/showtimes"),
            };
            if (s.Price is { } price) offer["price"] = price.ToString("0.00", CultureInfo.InvariantCulture);
            if (s.Currency is { } currency) offer["priceCurrency"] = currency;
            ev["offers"] = offer;
            events.Add(ev);
        }
        return events.ToJsonString(Options);
    }

    /// <summary>
    /// The film as schema.org Movie, the one way it is made: with the critics' score the film page shows as
    /// aggregateRating when there is one, and its picture as image when it has one. Nothing from a review's body.
    /// </summary>
    public static JsonObject Movie(FilmPage page, SiteUrls urls)
    {
        var film = page.Film;
        var movie = MovieReference(film.Slug, film.Title, urls);
        if (film.OriginalTitle is { } original && original != film.Title) movie["alternateName"] = original;
        if ((film.Logline ?? film.Synopsis) is { } description) movie["description"] = description;
        if (page.Picture is { } picture) movie["image"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = urls.Absolute(picture.Url), ["caption"] = picture.AltText };
        if (film.RuntimeMinutes is { } minutes) movie["duration"] = Format.IsoDuration(minutes);
        if (film.ReleaseDates.Count > 0) movie["datePublished"] = film.ReleaseDates.Min(r => r.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (film.Genres.Count > 0) movie["genre"] = new JsonArray([.. film.Genres.Select(g => (JsonNode?)g)]);
        if (film.OriginalLanguage is { } language) movie["inLanguage"] = language;
        movie["director"] = new JsonArray([.. film.Directors.Select(d => (JsonNode?)Person(d.Name, urls.Absolute($"/people/{d.Slug}")))]);
        movie["actor"] = new JsonArray([.. film.Cast.Select(c => (JsonNode?)new JsonObject
        {
            ["@type"] = "PerformanceRole",
            ["actor"] = Person(c.Name, urls.Absolute($"/people/{c.PersonSlug}")),
            ["characterName"] = c.Character,
        })]);
        var sameAs = new[] { Format.ImdbUrl(film.ExternalIds.Imdb), Format.TmdbFilmUrl(film.ExternalIds.Tmdb), Format.WikidataUrl(film.ExternalIds.Wikidata) }
            .Where(u => u is not null).Select(u => (JsonNode?)u).ToArray();
        if (sameAs.Length > 0) movie["sameAs"] = new JsonArray(sameAs);
        if (page.Card.Critics is { } critics)
        {
            movie["aggregateRating"] = new JsonObject
            {
                ["@type"] = "AggregateRating",
                ["ratingValue"] = (double)critics.Score.RatingValue,
                ["bestRating"] = critics.Score.Best,
                ["worstRating"] = 0,
                ["ratingCount"] = critics.ScoredCount,
                ["reviewCount"] = critics.ReviewCount,
            };
        }
        return movie;
    }

    /// <summary>A film named by its @id (its page), for lists of many films: the full node is on that page.</summary>
    private static JsonObject MovieReference(string slug, string title, SiteUrls urls)
    {
        var url = urls.Absolute($"/films/{slug}");
        return new JsonObject { ["@type"] = "Movie", ["@id"] = url, ["name"] = title, ["url"] = url };
    }

    private static JsonObject Person(string name, string url) => new() { ["@type"] = "Person", ["name"] = name, ["url"] = url };

    private static JsonObject Place(ScreeningView s, CinemaView? cinema, SiteUrls urls)
    {
        var place = new JsonObject { ["@type"] = "MovieTheater", ["name"] = s.CinemaName, ["url"] = urls.Absolute($"/cinemas/{s.CinemaSlug}") };
        if (cinema is null) return place;
        place["address"] = new JsonObject
        {
            ["@type"] = "PostalAddress",
            ["streetAddress"] = cinema.Address,
            ["addressLocality"] = cinema.City,
            ["postalCode"] = cinema.PostalCode,
            ["addressCountry"] = cinema.Country,
        };
        place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = cinema.Latitude, ["longitude"] = cinema.Longitude };
        place["screenCount"] = cinema.Screens;
        return place;
    }
}

using System.Text.Json.Nodes;
using Marquee.Core.Reviews;
using Marquee.Data.Films;
using Marquee.Data.Reviews;

namespace Marquee.Web.Reviews;

/// <summary>schema.org Review for a review page. description is the dek; reviewBody leaves every spoiler block out (and is absent for full-spoiler reviews).</summary>
public static class ReviewJsonLd
{
    public static string For(ReviewDetails review, FilmDetails film, SiteUrls urls, string siteName)
    {
        var movie = new JsonObject { ["@type"] = "Movie", ["name"] = film.Title, ["url"] = urls.Absolute($"/films/{film.Slug}") };
        var sameAs = new[] { Format.ImdbUrl(film.ExternalIds.Imdb), Format.TmdbFilmUrl(film.ExternalIds.Tmdb), Format.WikidataUrl(film.ExternalIds.Wikidata) }
            .Where(u => u is not null).Select(u => (JsonNode?)u).ToArray();
        if (sameAs.Length > 0) movie["sameAs"] = new JsonArray(sameAs);
        if (film.Directors.Count > 0) movie["director"] = new JsonArray([.. film.Directors.Select(d => (JsonNode?)new JsonObject { ["@type"] = "Person", ["name"] = d.Name })]);
        if (film.ReleaseDates.Count > 0) movie["dateCreated"] = film.ReleaseDates.Min(r => r.Date).ToString("yyyy-MM-dd");

        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Review",
            ["name"] = review.Headline,
            ["headline"] = review.Headline,
            ["description"] = review.Dek,
            ["url"] = urls.Absolute($"/reviews/{review.Slug}"),
            ["itemReviewed"] = movie,
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = review.Author.DisplayName, ["url"] = urls.Absolute($"/reviews?critic={Uri.EscapeDataString(review.Author.UserName)}") },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = urls.Absolute("/") },
        };
        if (review.PublishedAt is { } published) node["datePublished"] = published.ToString("yyyy-MM-ddTHH:mm:ssK");
        if ((review.ModifiedAt ?? review.PublishedAt) is { } modified) node["dateModified"] = modified.ToString("yyyy-MM-ddTHH:mm:ssK");
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
        return node.ToJsonString();
    }
}

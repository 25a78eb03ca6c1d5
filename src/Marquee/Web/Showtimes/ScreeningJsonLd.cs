using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marquee.Data.Showtimes;

namespace Marquee.Web.Showtimes;

/// <summary>schema.org ScreeningEvent for each listed screening; serialised with HTML-sensitive characters escaped, so it is safe inside a script tag.</summary>
public static class ScreeningJsonLd
{
    public static string For(IEnumerable<ScreeningView> screenings, IReadOnlyDictionary<string, CinemaView> cinemas, SiteUrls urls)
    {
        var events = new JsonArray();
        foreach (var s in screenings)
        {
            cinemas.TryGetValue(s.CinemaSlug, out var cinema);
            var ev = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "ScreeningEvent",
                ["name"] = s.FilmTitle,
                ["startDate"] = s.StartsAtLocal.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                ["videoFormat"] = s.Format,
                ["eventStatus"] = "https://schema.org/EventScheduled",
                ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
                ["workPresented"] = new JsonObject { ["@type"] = "Movie", ["name"] = s.FilmTitle, ["url"] = urls.Absolute($"/films/{s.FilmSlug}") },
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
        return events.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

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

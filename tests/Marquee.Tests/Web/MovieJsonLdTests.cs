using System.Globalization;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Marquee.Core.Films;
using Marquee.Data;
using Marquee.Tests.Infrastructure;
using Marquee.Tests.Showtimes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Web;

/// <summary>The schema.org Movie node is the same on the film, review and showtimes pages, and carries the critics' score the film page shows.</summary>
public sealed class MovieJsonLdTests(ShowtimesDemoApp app) : IClassFixture<ShowtimesDemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, List<JsonNode> JsonLd)> PageAsync(HttpClient client, string url)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url, Ct));
        var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!).ToList();
        return (page, jsonLd);
    }

    private static JsonObject Movie(JsonNode node)
    {
        var movie = node.DeepClone().AsObject();
        movie.Remove("@context");
        Assert.Equal("Movie", (string?)movie["@type"]);
        return movie;
    }

    [Fact]
    public async Task The_movie_node_is_identical_on_the_film_review_and_showtimes_pages()
    {
        var client = app.Client();
        var (filmPage, filmLd) = await PageAsync(client, "/films/anora-2024");
        var (_, reviewLd) = await PageAsync(client, "/reviews/anora-review");
        var (_, showtimesLd) = await PageAsync(client, "/films/anora-2024/showtimes");

        var onFilm = Movie(Assert.Single(filmLd));
        var onReview = Movie(Assert.Single(reviewLd)["itemReviewed"]!);
        var onShowtimes = Movie(Assert.Single(showtimesLd, n => n is JsonObject o && (string?)o["@type"] == "Movie"));
        Assert.True(JsonNode.DeepEquals(onFilm, onReview), $"{onFilm}\n{onReview}");
        Assert.True(JsonNode.DeepEquals(onFilm, onShowtimes), $"{onFilm}\n{onShowtimes}");

        // Each screening names the same film by the node's @id.
        var events = Assert.Single(showtimesLd, n => n is JsonArray).AsArray();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal((string?)onFilm["@id"], (string?)e!["workPresented"]!["@id"]));

        // The aggregate is the critics' score shown on the film page.
        var rating = onFilm["aggregateRating"]!;
        Assert.Equal("AggregateRating", (string?)rating["@type"]);
        var shown = filmPage.QuerySelector("[data-aggregate]")!.GetAttribute("data-aggregate");
        Assert.Equal(shown, filmPage.QuerySelector(".info-card .score-badge span")!.TextContent);
        Assert.Equal(double.Parse(shown!, CultureInfo.InvariantCulture), (double)rating["ratingValue"]!);
        Assert.Equal(100, (int)rating["bestRating"]!);
        Assert.Equal(0, (int)rating["worstRating"]!);
        var critics = int.Parse(filmPage.QuerySelector(".aggregate")!.TextContent.Split("from ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.Equal(critics, (int)rating["ratingCount"]!);
        Assert.True((int)rating["reviewCount"]! >= critics);
        Assert.Null(onFilm["image"]);
    }

    [Fact]
    public async Task A_film_without_enough_scores_has_no_aggregate_rating()
    {
        var (page, jsonLd) = await PageAsync(app.Client(), "/films/casablanca-1942");
        Assert.Null(page.QuerySelector("[data-aggregate]"));
        Assert.Null(Movie(Assert.Single(jsonLd))["aggregateRating"]);
    }

    [Fact]
    public async Task A_film_with_a_picture_has_an_image()
    {
        using var own = new ShowtimesApp();
        await using (var scope = own.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            var film = await db.Films.SingleAsync(f => f.Slug == "anora-2024", Ct);
            db.Images.Add(new Image { FilmId = film.Id, FileName = "anora-still.jpg", AltText = "Ani on the boardwalk at night.", CreatedAt = ShowtimesApp.Now });
            await db.SaveChangesAsync(Ct);
        }
        var client = own.Client();
        foreach (var url in new[] { "/films/anora-2024", "/reviews/anora-review" })
        {
            var (_, jsonLd) = await PageAsync(client, url);
            var movie = jsonLd[0]["itemReviewed"] ?? jsonLd[0];
            Assert.EndsWith("/media/anora-still.jpg", (string?)movie["image"]!["url"]);
            Assert.Equal("Ani on the boardwalk at night.", (string?)movie["image"]!["caption"]);
        }
    }
}

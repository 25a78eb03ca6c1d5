using System.Globalization;
using System.Text;
using System.Xml;
using Marquee.Data.Films;
using Marquee.Data.Reviews;
using Microsoft.Extensions.Options;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>Atom and RSS 2.0 of published reviews: the whole site, one critic, one film. Summaries are the dek, never the body, so no spoilers.</summary>
internal static class ReviewFeeds
{
    private const int Entries = 50;

    public static void MapReviewFeeds(this WebApplication app)
    {
        app.MapGet("/feeds/reviews.{format}", (string format, HttpContext http, CancellationToken ct) =>
            SiteFeed(format, http, ct)).ExcludeFromDescription();
        app.MapGet("/critics/{name}/reviews.{format}", async (string name, string format, HttpContext http, ReviewQueries queries, CancellationToken ct) =>
        {
            var critic = await queries.GetCriticAsync(name, ct);
            return critic is null ? Results.NotFound() : await FeedAsync(format, http, new ReviewFilter(Critic: name), $"Reviews by {critic.DisplayName}", $"/reviews?critic={Uri.EscapeDataString(name)}", ct);
        }).ExcludeFromDescription();
        app.MapGet("/films/{slug}/reviews.{format}", async (string slug, string format, HttpContext http, FilmQueries films, CancellationToken ct) =>
        {
            var film = await films.GetDetailsAsync(slug, ct);
            return film is null ? Results.NotFound() : await FeedAsync(format, http, new ReviewFilter(Film: slug), $"Reviews of {film.Title}", $"/films/{slug}", ct);
        }).ExcludeFromDescription();
    }

    private static Task<IResult> SiteFeed(string format, HttpContext http, CancellationToken ct) =>
        FeedAsync(format, http, new ReviewFilter(), "Reviews", "/reviews", ct);

    private static async Task<IResult> FeedAsync(string format, HttpContext http, ReviewFilter filter, string title, string pagePath, CancellationToken ct)
    {
        if (format is not ("atom" or "rss")) return Results.NotFound();
        var services = http.RequestServices;
        var urls = services.GetRequiredService<SiteUrls>();
        var siteName = services.GetRequiredService<IOptions<SiteOptions>>().Value.Name;
        var items = (await services.GetRequiredService<ReviewQueries>().ListPublishedAsync(filter, 1, Entries, ct)).Items;
        var selfUrl = urls.Absolute(http.Request.Path);
        var feedTitle = $"{title} · {siteName}";
        var xml = format == "atom" ? Atom(items, feedTitle, selfUrl, urls.Absolute(pagePath), urls) : Rss(items, feedTitle, selfUrl, urls.Absolute(pagePath), urls);
        return Results.Text(xml, format == "atom" ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    private static string Atom(IReadOnlyList<ReviewSummary> items, string title, string self, string page, SiteUrls urls)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        return Write(w =>
        {
            w.WriteStartElement("feed", ns);
            w.WriteElementString("title", ns, title);
            w.WriteElementString("id", ns, self);
            w.WriteElementString("updated", ns, Iso(items.Select(Updated).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()));
            Link(w, ns, "self", self, "application/atom+xml");
            Link(w, ns, "alternate", page, "text/html");
            foreach (var r in items)
            {
                var url = urls.Absolute($"/reviews/{r.Slug}");
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, r.Headline);
                w.WriteElementString("id", ns, url);
                Link(w, ns, "alternate", url, "text/html");
                if (r.PublishedAt is { } published) w.WriteElementString("published", ns, Iso(published));
                w.WriteElementString("updated", ns, Iso(Updated(r)));
                w.WriteStartElement("author", ns);
                w.WriteElementString("name", ns, r.Author.DisplayName);
                w.WriteElementString("uri", ns, urls.Absolute($"/reviews?critic={Uri.EscapeDataString(r.Author.UserName)}"));
                w.WriteEndElement();
                w.WriteStartElement("category", ns);
                w.WriteAttributeString("term", r.FilmSlug);
                w.WriteAttributeString("label", r.FilmTitle);
                w.WriteEndElement();
                w.WriteStartElement("summary", ns);
                w.WriteAttributeString("type", "text");
                w.WriteString(Summary(r));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static string Rss(IReadOnlyList<ReviewSummary> items, string title, string self, string page, SiteUrls urls)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        return Write(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, atom);
            w.WriteStartElement("channel");
            w.WriteElementString("title", RssText(title));
            w.WriteElementString("link", page);
            w.WriteElementString("description", RssText(title));
            w.WriteElementString("language", "en");
            w.WriteElementString("lastBuildDate", Rfc822(items.Select(Updated).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max()));
            Link(w, atom, "self", self, "application/rss+xml");
            foreach (var r in items)
            {
                var url = urls.Absolute($"/reviews/{r.Slug}");
                w.WriteStartElement("item");
                w.WriteElementString("title", RssText(r.Headline));
                w.WriteElementString("link", url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(url);
                w.WriteEndElement();
                if (r.PublishedAt is { } published) w.WriteElementString("pubDate", Rfc822(published));
                w.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", r.Author.DisplayName);
                w.WriteElementString("category", r.FilmTitle);
                w.WriteElementString("description", RssText(Summary(r)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    // RSS readers take title and description as HTML (Atom says type="text"), so text is HTML-encoded before the XML
    // writer encodes it again: a headline about "<b>" reads as that, never as markup.
    private static string RssText(string text) => System.Net.WebUtility.HtmlEncode(text);

    // The dek and the score: written to be read before the film, so safe for any reader.
    private static string Summary(ReviewSummary r) => r.Score is { } score ? $"{r.Dek} ({score.Raw})" : r.Dek;

    private static DateTimeOffset Updated(ReviewSummary r) => r.ModifiedAt ?? r.PublishedAt ?? r.UpdatedAt;

    private static void Link(XmlWriter w, string ns, string rel, string href, string type)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Write(Action<XmlWriter> body)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriterUtf8(sb), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartDocument();
            body(w);
            w.WriteEndDocument();
        }
        return sb.ToString();
    }

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Rfc822(DateTimeOffset at) => at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}

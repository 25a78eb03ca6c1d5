using System.Collections.Concurrent;
using Marquee.Data.Films;
using Marquee.Data.Reviews;
using Marquee.Web;
using Marquee.Features.Reviews;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marquee.Features.Reviews;

/// <summary>/reviews/{slug}: the review with the film's info card. Spoiler text is only in the HTML when the reader's shield is off or they asked to reveal.</summary>
[OutputCache(PolicyName = PageCache.Policy)]
public sealed class DetailsModel(ReviewQueries reviews, FilmPageQueries films, ReaderCountry readerCountry, ILogger<DetailsModel> logger) : PageModel
{
    // Each version of a body that cannot be laid out is logged once, not on every view.
    private static readonly ConcurrentDictionary<(int Id, long Version), bool> LoggedAsPlainText = new();

    public ReviewDetails Review { get; private set; } = null!;
    /// <summary>The film reviewed, with its info card for the reader's country.</summary>
    public FilmPage Film { get; private set; } = null!;

    /// <summary>The rendered body; null when a full-spoiler review is behind the shield.</summary>
    public RenderedBody? Body { get; private set; }
    public bool ShieldOn { get; private set; }
    public bool Revealed { get; private set; }
    public bool HasSeenFilm { get; private set; }
    public string Here => $"/reviews/{Review.Slug}";
    public string RevealUrl => $"{Here}?spoilers=show";

    public async Task<IActionResult> OnGetAsync(string slug, string? spoilers, CancellationToken ct)
    {
        var review = await reviews.GetAsync(slug, ReviewActors.From(User), ct);
        if (review is null) return NotFound();
        var film = await films.GetAsync(review.FilmSlug, readerCountry.Of(Request), ct);
        if (film is null) return NotFound();
        Review = review;
        Film = film;
        HasSeenFilm = SpoilerShield.HasSeen(Request, film.Film.Slug);
        Revealed = spoilers == "show";
        var view = SpoilerShield.BodyView(Request, film.Film.Slug, review.SpoilerLevel, Revealed);
        ShieldOn = view != ReviewBodyView.Whole;
        if (view != ReviewBodyView.Withheld)
        {
            var images = await reviews.ImagesAsync(ReviewMarkdown.MediaFilesIn(review.Body), ct);
            Body = ReviewMarkdown.Render(review.Body, ShieldOn ? SpoilerMode.Shielded : SpoilerMode.Shown, RevealUrl, images);
            if (Body.AsPlainText && LoggedAsPlainText.TryAdd((review.Id, review.Version), true))
                logger.LogWarning("The body of review {Slug} (version {Version}) cannot be laid out as Markdown; it is shown as plain text. Edit it to fix it.", review.Slug, review.Version);
        }
        // Whether spoilers are in the page depends on cookies, so shared caches must not mix readers.
        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers.Vary = "Cookie";
        return Page();
    }
}

using Marquee.Core.Reviews;
using Marquee.Data;
using Marquee.Data.ArticleImports;
using Marquee.Data.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.ArticleImports;

/// <summary>Makes the draft review of an import from its (corrected) fields; the caller owns the transaction.</summary>
public sealed class ArticleDrafts(MarqueeDbContext db, ReviewCommands reviews)
{
    public async Task<(string? Slug, string? Error)> CreateAsync(ArticleImport import, ReviewActor actor, CancellationToken ct)
    {
        if (import.FilmId is null || import.FilmStatus == ProposalStatus.Rejected)
            return (null, $"'{import.FilmTitle}' is not matched to a film in the catalogue; add the film or name it on the import page first");
        var film = await db.Films.Where(f => f.Id == import.FilmId).Select(f => f.Slug).SingleAsync(ct);
        var input = new ReviewInput
        {
            Film = film,
            Headline = import.Headline,
            Dek = string.IsNullOrWhiteSpace(import.Dek) ? import.Headline : import.Dek,
            Body = import.Body,
            SpoilerLevel = DraftText.Spoilers(import.HasSpoilerWarning, import.SpoilerNote).ToString().ToLowerInvariant(),
            Score = import.ScoreText,
        };
        var result = await reviews.CreateAsync(input, actor, ct);
        if (!result.Succeeded)
            return (null, result.Detail ?? string.Join(" ", (result.Errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
        import.ReviewId = result.Value!.Id;
        import.Status = ImportStatus.DraftCreated;
        await db.SaveChangesAsync(ct);
        return (result.Value.Slug, null);
    }
}

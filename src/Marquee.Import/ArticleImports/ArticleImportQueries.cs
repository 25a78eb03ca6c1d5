using Marquee.Data;
using Marquee.Data.ArticleImports;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.ArticleImports;

public sealed record ImportSummary(int Id, string SourceName, string? FilmTitle, ImportStatus Status, int OpenProposals, DateTimeOffset CreatedAt, string? CreatedBy);

public sealed record LinkView(int Id, string Spelling, int PersonId, string PersonName, string PersonSlug, string Reason, string Evidence, double Confidence, ProposalStatus Status, bool Automatic);

public sealed record CreditView(string Person, string Character, IReadOnlyList<string> CharacterAliases, string? PersonSlug);

public sealed record FilmView(string Slug, string Title, int? Year);

public sealed record ImportDetails(
    int Id, string SourceName, string SourceKind, string SourceText, string ExtractedJson, ImportStatus Status,
    string? FilmTitle, DateOnly? PublicationDate, string? ScoreText, bool HasSpoilerWarning, string? SpoilerNote, IReadOnlyList<string> Directors,
    string Headline, string Dek, string Body, FilmView? Film, ProposalStatus FilmStatus, string? FilmReason, int? ProposedFilmYear,
    string? ReviewSlug, IReadOnlyList<LinkView> Links, IReadOnlyList<CreditView> Credits, string CreditsText, DateTimeOffset CreatedAt);

/// <summary>Reads imports for the desk pages, projected into view records; with <c>createdBy</c>, only that account's imports.</summary>
public sealed class ArticleImportQueries(MarqueeDbContext db)
{
    public async Task<IReadOnlyList<ImportSummary>> ListAsync(string? createdBy = null, CancellationToken ct = default)
    {
        var rows = await db.ArticleImports.AsNoTracking().Where(i => createdBy == null || i.CreatedById == createdBy).OrderByDescending(i => i.Id).Take(200)
            .Select(i => new
            {
                i.Id, i.SourceName, i.FilmTitle, i.Status, i.CreatedAt,
                Open = i.Links.Count(l => l.Status == ProposalStatus.Proposed),
                By = db.Users.Where(u => u.Id == i.CreatedById).Select(u => u.DisplayName ?? u.UserName).FirstOrDefault(),
            }).ToListAsync(ct);
        return [.. rows.Select(r => new ImportSummary(r.Id, r.SourceName, r.FilmTitle, r.Status, r.Open, r.CreatedAt, r.By))];
    }

    /// <summary>Whether the import exists and, with <c>createdBy</c>, is that account's: a check before acting, without loading it.</summary>
    public Task<bool> IsVisibleAsync(int id, string? createdBy, CancellationToken ct = default) =>
        db.ArticleImports.AnyAsync(i => i.Id == id && (createdBy == null || i.CreatedById == createdBy), ct);

    public async Task<ImportDetails?> GetAsync(int id, string? createdBy = null, CancellationToken ct = default)
    {
        var i = await db.ArticleImports.AsNoTracking().Include(x => x.Credits)
            .SingleOrDefaultAsync(x => x.Id == id && (createdBy == null || x.CreatedById == createdBy), ct);
        if (i is null) return null;
        var film = i.FilmId is int f ? await db.Films.Where(x => x.Id == f).Select(x => new FilmView(x.Slug, x.Title, x.Year)).SingleOrDefaultAsync(ct) : null;
        var review = i.ReviewId is int r ? await db.Reviews.Where(x => x.Id == r).Select(x => x.Slug).SingleOrDefaultAsync(ct) : null;
        var links = await db.ProposedLinks.AsNoTracking().Where(l => l.ArticleImportId == id).OrderBy(l => l.Id)
            .Join(db.People, l => l.PersonId, p => p.Id, (l, p) => new LinkView(l.Id, l.Spelling, l.PersonId, p.Name, p.Slug, l.Reason, l.Evidence, l.Confidence, l.Status, l.Automatic))
            .ToListAsync(ct);
        var personIds = i.Credits.Where(c => c.PersonId is not null).Select(c => c.PersonId!.Value).ToList();
        var slugs = await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug, ct);
        var credits = i.Credits.OrderBy(c => c.Order)
            .Select(c => new CreditView(c.Person, c.Character, c.CharacterAliases, c.PersonId is int pid ? slugs.GetValueOrDefault(pid) : null)).ToList();
        return new ImportDetails(i.Id, i.SourceName, i.SourceKind, i.SourceText, i.ExtractedJson, i.Status, i.FilmTitle, i.PublicationDate, i.ScoreText,
            i.HasSpoilerWarning, i.SpoilerNote, i.Directors, i.Headline, i.Dek, i.Body, film, i.FilmStatus, i.FilmReason, i.ProposedFilmYear, review,
            links, credits, ArticleImportCommands.FormatCredits(i.Credits), i.CreatedAt);
    }
}

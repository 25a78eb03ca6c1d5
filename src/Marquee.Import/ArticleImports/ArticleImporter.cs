using Marquee.Core.Names;
using Marquee.Core.Reviews;
using Marquee.Data;
using Marquee.Data.ArticleImports;
using Marquee.Data.People;
using Marquee.Data.Reviews;
using Marquee.Import.Articles;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.ArticleImports;

/// <summary>What an import did: stored (with or without a draft), found the same article already imported, or refused it.</summary>
public sealed record ImportOutcome(
    bool Stored, string? Error, int? ImportId, bool AlreadyImported, FilmMatch? Film, IReadOnlyList<PersonLink> Links,
    IReadOnlyList<string> AliasesAdded, string? ReviewSlug, string? DraftProblem)
{
    /// <summary>Why <see cref="Error"/> refused the article.</summary>
    public ImportRefusal Refusal { get; init; }
}

/// <summary>Why an article was refused: unusable (empty, binary, no film), larger than a source may be, or past <see cref="ArticleLimits"/>.</summary>
public enum ImportRefusal
{
    None,
    Unusable,
    TooLarge,
    TooComplex,
}

/// <summary>
/// Turns an article into a pending import (and, when asked and the film is known, a draft review) in one transaction:
/// parse → match the film and people → store. Refused input writes nothing.
/// </summary>
public sealed class ArticleImporter(MarqueeDbContext db, PersonCommands people, ArticleDrafts drafts, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(ArticleSource source, string userId, bool createDraft, CancellationToken ct = default)
    {
        if (source.Problem() is { } problem)
            return Refused($"{source.Name} {problem}; nothing was imported.", source.IsTooLarge ? ImportRefusal.TooLarge : ImportRefusal.Unusable);
        ExtractedArticle article;
        try
        {
            article = source.Parse(ct);
        }
        catch (ArticleTooComplexException e)
        {
            return Refused($"{source.Name} is too complex to read: {e.Message}; nothing was imported.", ImportRefusal.TooComplex);
        }
        if (article.FilmTitle is null)
        {
            var why = string.Join("; ", article.Warnings.Prepend("no film title was found in it"));
            return Refused($"{source.Name} is not a review of a film ({why}); nothing was imported.");
        }
        if (await EarlierAsync(source.Hash, ct) is { } earlier) return earlier;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var film = await FilmMatcher.FindAsync(db, article, ct);
        var links = await PersonLinker.LinkAsync(db, article, film.FilmId, ct);
        var import = NewImport(source, article, film, userId);
        var aliases = await AddLinksAsync(import, links, source.Name, ct);
        db.ArticleImports.Add(import);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // The same text was imported by someone else in the meantime: theirs stands, with everything ours added.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await EarlierAsync(source.Hash, ct) ?? throw new InvalidOperationException("A unique import vanished.", e);
        }

        string? reviewSlug = null, draftProblem = null;
        if (createDraft)
        {
            var draft = await drafts.CreateAsync(import, new ReviewActor(userId, IsEditor: false), ct);
            if (draft.Error is not null && import.FilmId is not null)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Refused($"{source.Name}: the draft review was refused ({draft.Error}); nothing was imported.");
            }
            (reviewSlug, draftProblem) = (draft.Slug, draft.Error);
        }
        await transaction.CommitAsync(ct);
        return new(true, null, import.Id, false, film, links, aliases, reviewSlug, draftProblem);
    }

    /// <summary>The live import of the same text, as an "already imported" outcome, or null.</summary>
    private async Task<ImportOutcome?> EarlierAsync(string hash, CancellationToken ct)
    {
        var earlier = await db.ArticleImports.Where(i => i.SourceHash == hash && i.Status != ImportStatus.Discarded)
            .Select(i => new { i.Id, i.ReviewId }).FirstOrDefaultAsync(ct);
        if (earlier is null) return null;
        var slug = earlier.ReviewId is int r ? await db.Reviews.Where(x => x.Id == r).Select(x => x.Slug).SingleOrDefaultAsync(ct) : null;
        return new(false, null, earlier.Id, true, null, [], [], slug, null);
    }

    private ArticleImport NewImport(ArticleSource source, ExtractedArticle article, FilmMatch film, string userId)
    {
        var import = new ArticleImport
        {
            SourceKind = source.Kind, SourceName = Cut(source.Name, 500)!, SourceText = source.Text, SourceHash = source.Hash,
            ExtractedJson = ArticleJson.Serialize(article), CreatedById = userId,
            FilmTitle = Cut(article.FilmTitle, 300), PublicationDate = article.PublicationDate, ScoreText = DraftText.Score(article),
            HasSpoilerWarning = article.HasSpoilerWarning, SpoilerNote = Cut(article.SpoilerNote, 500),
            Directors = [.. article.Directors], Headline = DraftText.Headline(article), Dek = DraftText.Dek(article), Body = Cut(DraftText.Body(article), ReviewLimits.Body)!,
            FilmId = film.FilmId, FilmStatus = ProposalStatus.Proposed, FilmReason = Cut(film.Reason, 500),
            ProposedFilmYear = film.FilmId is null ? article.ReleaseDateStated?.Year : null,
            Status = ImportStatus.Pending, CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
        };
        var order = 0;
        foreach (var c in article.Credits.Where(c => c.Person.Length <= 200 && c.Character.Length <= 200))
            import.Credits.Add(new ProposedCredit { Order = order++, Person = c.Person, Character = c.Character, CharacterAliases = [.. c.CharacterAliases] });
        return import;
    }

    // Corroborated links become aliases now; the rest are proposals. Credits point at the person their spelling linked to.
    private async Task<List<string>> AddLinksAsync(ArticleImport import, List<PersonLink> links, string sourceName, CancellationToken ct)
    {
        var added = new List<string>();
        foreach (var link in links)
        {
            var automatic = link.Action == LinkAction.LinkAutomatically;
            import.Links.Add(new ProposedLink
            {
                Spelling = link.Spelling, PersonId = link.PersonId, Reason = Cut(link.Reason, 500)!, Evidence = link.Evidence, Confidence = link.Confidence,
                Status = automatic ? ProposalStatus.Accepted : ProposalStatus.Proposed, Automatic = automatic, DecidedAt = automatic ? clock.GetUtcNow() : null,
            });
            if (automatic && await ArticleAliases.AddIfNewAsync(db, people, link.PersonId, link.Spelling, sourceName, ct)) added.Add($"{link.Spelling} → {link.PersonName}");
        }
        foreach (var credit in import.Credits)
            credit.PersonId = links.FirstOrDefault(l => l.Spelling == credit.Person && l.Action == LinkAction.LinkAutomatically)?.PersonId;
        return added;
    }

    private static ImportOutcome Refused(string error, ImportRefusal refusal = ImportRefusal.Unusable) =>
        new(false, error, null, false, null, [], [], null, null) { Refusal = refusal };

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}

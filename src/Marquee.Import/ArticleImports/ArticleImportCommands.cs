using System.Globalization;
using Marquee.Core.Reviews;
using Marquee.Data;
using Marquee.Data.ArticleImports;
using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Data.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Import.ArticleImports;

/// <summary>An editor's corrections to what the importer read. Credits are one per line: "Person | Character | alias, alias".</summary>
public sealed record ImportCorrection(
    string? FilmTitle, string? FilmSlug, string? PublicationDate, string? Score, bool HasSpoilerWarning, string? Directors, string? Credits,
    string? Headline, string? Dek);

/// <summary>What an editor does on an import page: correct it, decide links and the film, create the draft, discard. Each is one transaction.</summary>
public sealed class ArticleImportCommands(MarqueeDbContext db, PersonCommands people, FilmCommands films, ArticleDrafts drafts, TimeProvider clock)
{
    public async Task<CommandResult<ArticleImport>> CorrectAsync(int id, ImportCorrection input, CancellationToken ct = default)
    {
        var import = await db.ArticleImports.Include(i => i.Credits).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return CommandResult<ArticleImport>.NotFound($"No import {id}.");
        if (import.Status != ImportStatus.Pending) return CommandResult<ArticleImport>.Conflict("status", "This import is no longer pending.");
        var errors = new Dictionary<string, string[]>();
        var title = input.FilmTitle?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 300) errors["FilmTitle"] = ["Give the film's title (at most 300 characters)."];
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(input.PublicationDate))
        {
            if (DateOnly.TryParseExact(input.PublicationDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
            else errors["PublicationDate"] = ["Write the date as yyyy-mm-dd."];
        }
        string? score = null;
        if (!string.IsNullOrWhiteSpace(input.Score))
        {
            var read = Marquee.Core.Scores.Score.ParseOnScale(input.Score, null);
            if (read.Score is { } s) score = s.Raw;
            else errors["Score"] = [read.Error!];
        }
        var directors = Split(input.Directors, ',', '\n');
        if (directors.Any(d => d.Length > 200)) errors["Directors"] = ["A director's name is at most 200 characters."];
        var credits = ParseCredits(input.Credits, out var creditError);
        if (creditError is not null) errors["Credits"] = [creditError];
        if (string.IsNullOrWhiteSpace(input.Headline) || input.Headline.Trim().Length > ReviewLimits.Headline) errors["Headline"] = ["A headline of at most 200 characters is required."];
        if ((input.Dek?.Trim().Length ?? 0) > ReviewLimits.Dek) errors["Dek"] = ["The dek is at most 300 characters."];
        int? filmId = import.FilmId;
        var filmStatus = import.FilmStatus;
        if (!string.IsNullOrWhiteSpace(input.FilmSlug))
        {
            filmId = await db.Films.Where(f => f.Slug == input.FilmSlug.Trim()).Select(f => (int?)f.Id).SingleOrDefaultAsync(ct);
            if (filmId is null) errors["FilmSlug"] = [$"No film '{input.FilmSlug.Trim()}'."];
            else filmStatus = ProposalStatus.Accepted;
        }
        if (errors.Count > 0) return CommandResult<ArticleImport>.Invalid(errors);

        if (string.IsNullOrWhiteSpace(input.FilmSlug) && title != import.FilmTitle)
        {
            var match = await FilmMatcher.FindAsync(db, new Articles.ExtractedArticle { FilmTitle = title, PublicationDate = date, Directors = directors }, ct);
            (filmId, filmStatus, import.FilmReason) = (match.FilmId, ProposalStatus.Proposed, match.Reason);
        }
        (import.FilmTitle, import.PublicationDate, import.ScoreText, import.HasSpoilerWarning, import.Directors) = (title, date, score, input.HasSpoilerWarning, directors);
        (import.Headline, import.Dek, import.FilmId, import.FilmStatus) = (input.Headline!.Trim(), input.Dek?.Trim() ?? "", filmId, filmStatus);
        var links = await db.ProposedLinks.Where(l => l.ArticleImportId == id && l.Status == ProposalStatus.Accepted).ToListAsync(ct);
        db.ProposedCredits.RemoveRange(import.Credits);
        var order = 0;
        foreach (var (person, character, aliases) in credits)
            import.Credits.Add(new ProposedCredit { Order = order++, Person = person, Character = character, CharacterAliases = aliases, PersonId = links.FirstOrDefault(l => l.Spelling == person)?.PersonId });
        import.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return CommandResult<ArticleImport>.Ok(import);
    }

    /// <summary>Accepting keeps the spelling as an alias of the person (source: the import); rejecting only records the verdict.</summary>
    public async Task<CommandResult<ProposedLink>> DecideLinkAsync(int id, int linkId, bool accept, string userId, CancellationToken ct = default)
    {
        var link = await db.ProposedLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.ArticleImportId == id, ct);
        if (link is null) return CommandResult<ProposedLink>.NotFound($"No proposed link {linkId} on import {id}.");
        var source = await db.ArticleImports.Where(i => i.Id == id).Select(i => i.SourceName).SingleAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        link.Status = accept ? ProposalStatus.Accepted : ProposalStatus.Rejected;
        (link.Automatic, link.DecidedAt, link.DecidedById) = (false, clock.GetUtcNow(), userId);
        var credits = await db.ProposedCredits.Where(c => c.ArticleImportId == id && c.Person == link.Spelling).ToListAsync(ct);
        foreach (var credit in credits)
        {
            if (accept) credit.PersonId = link.PersonId;
            else if (credit.PersonId == link.PersonId) credit.PersonId = null;
        }
        if (accept) await ArticleAliases.AddIfNewAsync(db, people, link.PersonId, link.Spelling, source, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<ProposedLink>.Ok(link);
    }

    public async Task<CommandResult<ArticleImport>> DecideFilmAsync(int id, bool accept, CancellationToken ct = default)
    {
        var import = await db.ArticleImports.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return CommandResult<ArticleImport>.NotFound($"No import {id}.");
        if (import.FilmId is null) return CommandResult<ArticleImport>.Conflict("film", "No film is matched; name one in the corrections.");
        import.FilmStatus = accept ? ProposalStatus.Accepted : ProposalStatus.Rejected;
        import.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return CommandResult<ArticleImport>.Ok(import);
    }

    /// <summary>
    /// Adds the film the article is about, when the catalogue has none: its title and year as read, and a director
    /// credit for each named director the catalogue knows by exactly one person. The import then takes it as its film.
    /// </summary>
    public async Task<CommandResult<ArticleImport>> AddFilmAsync(int id, CancellationToken ct = default)
    {
        var import = await db.ArticleImports.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return CommandResult<ArticleImport>.NotFound($"No import {id}.");
        if (import.Status != ImportStatus.Pending) return CommandResult<ArticleImport>.Conflict("status", "This import is no longer pending.");
        if (import.FilmId is not null && import.FilmStatus != ProposalStatus.Rejected)
            return CommandResult<ArticleImport>.Conflict("film", "This import already has a film; reject it first to add another.");
        if (string.IsNullOrWhiteSpace(import.FilmTitle)) return CommandResult<ArticleImport>.Invalid("FilmTitle", "Give the film's title in the corrections first.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The year as the film matcher guesses it: the stated release, else the review's own year.
        var year = import.ProposedFilmYear ?? import.PublicationDate?.Year;
        var created = await films.CreateAsync(new FilmInput(null, import.FilmTitle, Year: year), ct);
        if (!created.Succeeded) return await UndoAsync(created);
        var film = created.Value!;
        foreach (var name in import.Directors)
        {
            var known = await db.People.Where(p => p.Name == name || p.Aliases.Any(a => a.Name == name)).Select(p => p.Slug).Take(2).ToListAsync(ct);
            if (known.Count != 1) continue;
            var credit = await films.AddCreditAsync(film.Slug, new CreditInput("crew", known[0], Department: "Directing", Job: Core.Films.CrewJobs.Director), ct);
            if (!credit.Succeeded) return await UndoAsync(credit);
        }
        (import.FilmId, import.FilmStatus, import.FilmReason) = (film.Id, ProposalStatus.Accepted, "added to the catalogue from this import");
        import.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<ArticleImport>.Ok(import);

        async Task<CommandResult<ArticleImport>> UndoAsync<T>(CommandResult<T> failed)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new CommandResult<ArticleImport>(failed.Status, Errors: failed.Errors, Detail: failed.Detail);
        }
    }

    /// <summary>Creates the draft review and marks the import done, together or not at all; returns the review's slug.</summary>
    public async Task<CommandResult<string>> CreateDraftAsync(int id, ReviewActor actor, CancellationToken ct = default)
    {
        var import = await db.ArticleImports.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return CommandResult<string>.NotFound($"No import {id}.");
        if (import.Status != ImportStatus.Pending) return CommandResult<string>.Conflict("status", "A draft was already created from this import, or it was discarded.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (slug, error) = await drafts.CreateAsync(import, actor, ct);
        if (error is not null)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return CommandResult<string>.Invalid("draft", error);
        }
        await transaction.CommitAsync(ct);
        return CommandResult<string>.Created(slug!);
    }

    public async Task<CommandResult<ArticleImport>> DiscardAsync(int id, CancellationToken ct = default)
    {
        var import = await db.ArticleImports.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return CommandResult<ArticleImport>.NotFound($"No import {id}.");
        if (import.Status != ImportStatus.Pending) return CommandResult<ArticleImport>.Conflict("status", "Only a pending import can be discarded.");
        import.Status = ImportStatus.Discarded;
        import.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return CommandResult<ArticleImport>.Ok(import);
    }

    /// <summary>The credits as the form shows them, one per line.</summary>
    public static string FormatCredits(IEnumerable<ProposedCredit> credits) =>
        string.Join("\n", credits.OrderBy(c => c.Order).Select(c => c.CharacterAliases.Count == 0 ? $"{c.Person} | {c.Character}" : $"{c.Person} | {c.Character} | {string.Join(", ", c.CharacterAliases)}"));

    private static List<(string Person, string Character, List<string> Aliases)> ParseCredits(string? text, out string? error)
    {
        error = null;
        var credits = new List<(string, string, List<string>)>();
        foreach (var (line, number) in Split(text, '\n').Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0 || parts.Any(p => p.Length > 200))
            {
                error = $"Credit line {number} should read \"Person | Character\" or \"Person | Character | alias, alias\".";
                return credits;
            }
            credits.Add((parts[0], parts[1], parts.Length == 3 ? Split(parts[2], ',') : []));
        }
        return credits;
    }

    private static List<string> Split(string? text, params char[] separators) =>
        [.. (text ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}

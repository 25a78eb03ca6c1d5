using System.Globalization;
using Marquee.Data;
using Marquee.Data.ArticleImports;
using Marquee.Import.ArticleImports;
using Marquee.Web;
using Marquee.Features.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Imports;

/// <summary>The fields of the correction form, as strings so a bad value comes back to the form with its message.</summary>
public sealed class CorrectionForm
{
    public string? FilmTitle { get; set; }
    public string? FilmSlug { get; set; }
    public string? PublicationDate { get; set; }
    public string? Score { get; set; }
    public bool HasSpoilerWarning { get; set; }
    public string? Directors { get; set; }
    public string? Credits { get; set; }
    public string? Headline { get; set; }
    public string? Dek { get; set; }

    public static CorrectionForm From(ImportDetails d) => new()
    {
        FilmTitle = d.FilmTitle, PublicationDate = d.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Score = d.ScoreText,
        HasSpoilerWarning = d.HasSpoilerWarning, Directors = string.Join(", ", d.Directors), Credits = d.CreditsText, Headline = d.Headline, Dek = d.Dek,
    };

    public ImportCorrection ToInput() => new(FilmTitle, FilmSlug, PublicationDate, Score, HasSpoilerWarning, Directors, Credits, Headline, Dek);
}

/// <summary>
/// /desk/imports/{id}: the source beside what was read from it; correct, decide the film, create the draft. A critic
/// works on their own imports; links to people and new films change the catalogue, so only editors decide those.
/// </summary>
[Authorize(Policy = Auth.CriticPolicy)]
public sealed class DetailsModel(ArticleImportQueries queries, ArticleImportCommands commands) : PageModel
{
    [BindProperty] public CorrectionForm Form { get; set; } = new();

    public ImportDetails Import { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ImportAccess.OnlyBy(User), ct) is not { } import) return NotFound();
        Import = import;
        Form = CorrectionForm.From(import);
        return Page();
    }

    public bool IsEditor => ImportAccess.OnlyBy(User) is null;

    /// <summary>Whether to offer adding the article's film: when none matched or the match was rejected (as AddFilmAsync requires).</summary>
    public bool CanAddFilm => IsEditor && Import is { Status: ImportStatus.Pending, FilmTitle: not null }
        && (Import.Film is null || Import.FilmStatus == ProposalStatus.Rejected);

    public Task<IActionResult> OnPostCorrectAsync(int id, CancellationToken ct) =>
        OwnAsync(id, () => commands.CorrectAsync(id, Form.ToInput(), ct), "Corrections saved.", ct);

    public Task<IActionResult> OnPostAcceptLinkAsync(int id, int linkId, CancellationToken ct) =>
        EditorAsync(id, () => commands.DecideLinkAsync(id, linkId, accept: true, UserId, ct), "Link accepted; the spelling is kept as an alias.", ct);

    public Task<IActionResult> OnPostRejectLinkAsync(int id, int linkId, CancellationToken ct) =>
        EditorAsync(id, () => commands.DecideLinkAsync(id, linkId, accept: false, UserId, ct), "Link rejected.", ct);

    public Task<IActionResult> OnPostAcceptFilmAsync(int id, CancellationToken ct) =>
        OwnAsync(id, () => commands.DecideFilmAsync(id, accept: true, ct), "Film match accepted.", ct);

    public Task<IActionResult> OnPostRejectFilmAsync(int id, CancellationToken ct) =>
        OwnAsync(id, () => commands.DecideFilmAsync(id, accept: false, ct), "Film match rejected.", ct);

    public Task<IActionResult> OnPostAddFilmAsync(int id, CancellationToken ct) =>
        EditorAsync(id, () => commands.AddFilmAsync(id, ct), "Film added to the catalogue and taken as this import's film.", ct);

    public Task<IActionResult> OnPostDiscardAsync(int id, CancellationToken ct) =>
        OwnAsync(id, () => commands.DiscardAsync(id, ct), "Import discarded.", ct);

    public async Task<IActionResult> OnPostCreateDraftAsync(int id, CancellationToken ct)
    {
        if (!await queries.IsVisibleAsync(id, ImportAccess.OnlyBy(User), ct)) return NotFound();
        var result = await commands.CreateDraftAsync(id, ReviewActors.From(User)!, ct);
        if (!result.Succeeded) return await AfterAsync(id, result, "", ct);
        TempData["Message"] = "Draft created from the imported article.";
        return RedirectToPage("/Reviews/Edit", new { slug = result.Value });
    }

    // These concern the import as a whole, not one field of the correction form.
    private static readonly Dictionary<string, string> WholeFormErrors = new() { ["draft"] = "", ["status"] = "", ["film"] = "" };

    private string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;

    // Someone else's import is not there for a critic (404), as on the list.
    private async Task<IActionResult> OwnAsync<T>(int id, Func<Task<CommandResult<T>>> command, string done, CancellationToken ct) =>
        await queries.IsVisibleAsync(id, ImportAccess.OnlyBy(User), ct) ? await AfterAsync(id, await command(), done, ct) : NotFound();

    private async Task<IActionResult> EditorAsync<T>(int id, Func<Task<CommandResult<T>>> command, string done, CancellationToken ct) =>
        IsEditor ? await OwnAsync(id, command, done, ct) : Forbid();

    private async Task<IActionResult> AfterAsync<T>(int id, CommandResult<T> result, string done, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Message = done;
            return RedirectToPage("/Imports/Details", new { id });
        }
        if (result.Status == CommandStatus.NotFound || await queries.GetAsync(id, ImportAccess.OnlyBy(User), ct) is not { } import) return NotFound();
        Import = import;
        this.ShowFailure(result, "Form.", WholeFormErrors);
        return Page();
    }
}

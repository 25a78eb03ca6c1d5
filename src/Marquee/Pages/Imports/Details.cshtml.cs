using System.Globalization;
using Marquee.Data;
using Marquee.Import.ArticleImports;
using Marquee.Web;
using Marquee.Web.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Pages.Imports;

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

/// <summary>/desk/imports/{id}: the source beside what was read from it; correct, decide links and the film, create the draft.</summary>
[Authorize(Policy = Auth.EditorDeskPolicy)]
public sealed class DetailsModel(ArticleImportQueries queries, ArticleImportCommands commands) : PageModel
{
    [BindProperty] public CorrectionForm Form { get; set; } = new();

    public ImportDetails Import { get; private set; } = null!;

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } import) return NotFound();
        Import = import;
        Form = CorrectionForm.From(import);
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await commands.CorrectAsync(id, Form.ToInput(), ct), "Corrections saved.", ct);

    public async Task<IActionResult> OnPostAcceptLinkAsync(int id, int linkId, CancellationToken ct) =>
        await AfterAsync(id, await commands.DecideLinkAsync(id, linkId, accept: true, UserId, ct), "Link accepted; the spelling is kept as an alias.", ct);

    public async Task<IActionResult> OnPostRejectLinkAsync(int id, int linkId, CancellationToken ct) =>
        await AfterAsync(id, await commands.DecideLinkAsync(id, linkId, accept: false, UserId, ct), "Link rejected.", ct);

    public async Task<IActionResult> OnPostAcceptFilmAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await commands.DecideFilmAsync(id, accept: true, ct), "Film match accepted.", ct);

    public async Task<IActionResult> OnPostRejectFilmAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await commands.DecideFilmAsync(id, accept: false, ct), "Film match rejected.", ct);

    public async Task<IActionResult> OnPostAddFilmAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await commands.AddFilmAsync(id, ct), "Film added to the catalogue and taken as this import's film.", ct);

    public async Task<IActionResult> OnPostDiscardAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await commands.DiscardAsync(id, ct), "Import discarded.", ct);

    public async Task<IActionResult> OnPostCreateDraftAsync(int id, CancellationToken ct)
    {
        var result = await commands.CreateDraftAsync(id, ReviewActors.From(User)!, ct);
        if (!result.Succeeded) return await AfterAsync(id, result, "", ct);
        TempData["Message"] = "Draft created from the imported article.";
        return RedirectToPage("/Reviews/Edit", new { slug = result.Value });
    }

    private string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;

    private async Task<IActionResult> AfterAsync<T>(int id, CommandResult<T> result, string done, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Message = done;
            return RedirectToPage("/Imports/Details", new { id });
        }
        if (result.Status == CommandStatus.NotFound || await queries.GetAsync(id, ct) is not { } import) return NotFound();
        Import = import;
        foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages) ModelState.AddModelError(field is "draft" or "status" or "film" ? string.Empty : $"Form.{field}", message);
        }
        Response.StatusCode = result.Status == CommandStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}

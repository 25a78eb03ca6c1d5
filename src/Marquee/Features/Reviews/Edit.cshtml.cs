using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Marquee.Data;
using Marquee.Data.Reviews;
using Marquee.Web;
using Marquee.Features.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Reviews;

/// <summary>/desk/reviews/new and /desk/reviews/{slug}: write and edit a review, and move it through the workflow. Post/Redirect/Get.</summary>
[Authorize(Policy = Auth.CriticPolicy)]
public sealed class EditModel(ReviewQueries reviews, ReviewCommands commands) : PageModel
{
    [BindProperty]
    public ReviewForm Form { get; set; } = new();

    [BindProperty]
    public long? Version { get; set; }

    [BindProperty]
    public DateTimeOffset? ScheduleAt { get; set; }

    public ReviewDetails? Existing { get; private set; }
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    private static readonly Dictionary<string, string> ScheduleField = new() { ["at"] = nameof(ScheduleAt) };

    private ReviewActor Actor => ReviewActors.From(User)!;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        if (slug is null or "new") return Page();
        if (!await LoadAsync(slug, ct)) return NotFound();
        Form = ReviewForm.From(Existing!);
        Version = Existing!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string? slug, CancellationToken ct)
    {
        var input = Form.ToInput();
        var result = slug is null or "new" ? await commands.CreateAsync(input, Actor, ct) : await commands.UpdateAsync(slug, input, Version, Actor, ct);
        return await AfterAsync(slug, result, "Saved.", ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(string slug, CancellationToken ct) =>
        await AfterAsync(slug, await commands.SubmitAsync(slug, Version, Actor, ct), "Sent to the editors.", ct);

    public async Task<IActionResult> OnPostPublishAsync(string slug, CancellationToken ct) =>
        await AfterAsync(slug, await commands.PublishAsync(slug, Version, Actor, ct), "Published.", ct);

    public async Task<IActionResult> OnPostUnpublishAsync(string slug, CancellationToken ct) =>
        await AfterAsync(slug, await commands.UnpublishAsync(slug, Version, Actor, ct), "Unpublished.", ct);

    public async Task<IActionResult> OnPostScheduleAsync(string slug, CancellationToken ct) =>
        await AfterAsync(slug, await commands.ScheduleAsync(slug, ScheduleAt, Version, Actor, ct), "Scheduled.", ct);

    private async Task<IActionResult> AfterAsync(string? slug, CommandResult<Review> result, string done, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Message = done;
            return RedirectToPage("/Reviews/Edit", new { slug = result.Value!.Slug });
        }
        if (result.Status == CommandStatus.NotFound) return NotFound();
        this.ShowFailure(result, "Form.", ScheduleField);
        if (slug is not null and not "new") await LoadAsync(slug, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        Existing = await reviews.GetAsync(slug, Actor, ct);
        if (Existing is null) return false;
        Revisions = await reviews.RevisionsAsync(Existing.Id, ct);
        return true;
    }
}

/// <summary>The review form's fields; the same words as the API's ReviewInput.</summary>
public sealed class ReviewForm
{
    public string? Film { get; set; }
    public string? Headline { get; set; }
    public string? Dek { get; set; }
    public string? Body { get; set; }
    public string? EditorsNote { get; set; }
    public string? SpoilerLevel { get; set; } = "none";
    public string? Score { get; set; }
    public string? ScoreScale { get; set; }
    public string? CorrectionNote { get; set; }

    public ReviewInput ToInput() => new()
    {
        Film = Film?.Trim(), Headline = Headline, Dek = Dek, Body = Body, EditorsNote = EditorsNote, SpoilerLevel = SpoilerLevel,
        Score = Score, ScoreScale = string.IsNullOrWhiteSpace(ScoreScale) ? null : ScoreScale, CorrectionNote = CorrectionNote,
    };

    public static ReviewForm From(ReviewDetails r) => new()
    {
        Film = r.FilmSlug, Headline = r.Headline, Dek = r.Dek, Body = r.Body, EditorsNote = r.EditorsNote, SpoilerLevel = r.SpoilerLevel.ToApi(),
        Score = r.Score?.Raw, ScoreScale = r.Score?.Scale.Name(),
    };
}

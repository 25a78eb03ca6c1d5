using System.Text;
using Marquee.Data.ArticleImports;
using Marquee.Import.ArticleImports;
using Marquee.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Imports;

/// <summary>/desk/imports/new: paste an article's text or upload a saved HTML page; stores a pending import and opens it.</summary>
[Authorize(Policy = Auth.CriticPolicy)]
[RequestSizeLimit(ArticleImportLimits.SourceBytes + (64 * 1024))]
public sealed class NewModel(ArticleImporter importer, ArticleImportQueries queries) : PageModel
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string Format { get; set; } = "text";
    [BindProperty] public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ArticleSource source;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > ArticleImportLimits.SourceBytes) return Refuse(nameof(Upload), $"{Upload.FileName} is larger than {ArticleImportLimits.SourceBytes / 1024 / 1024} MB.", 413);
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            string text;
            try
            {
                text = StrictUtf8.GetString(buffer.ToArray()).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                return Refuse(nameof(Upload), $"{Upload.FileName} is not valid UTF-8; save the page as UTF-8 first.", 400);
            }
            var isText = Path.GetExtension(Upload.FileName).Equals(".txt", StringComparison.OrdinalIgnoreCase);
            source = new ArticleSource(Path.GetFileName(Upload.FileName), !isText, text);
        }
        else
        {
            source = new ArticleSource("pasted text", Format == "html", Text ?? "");
        }

        var outcome = await importer.ImportAsync(source, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, createDraft: false, ct);
        if (outcome.Error is not null)
            return Refuse(Upload is { Length: > 0 } ? nameof(Upload) : nameof(Text), outcome.Error, outcome.Refusal switch
            {
                ImportRefusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
                ImportRefusal.TooComplex => StatusCodes.Status422UnprocessableEntity,
                _ => StatusCodes.Status400BadRequest,
            });
        if (outcome.AlreadyImported && !await queries.IsVisibleAsync(outcome.ImportId!.Value, ImportAccess.OnlyBy(User), ct))
            return Refuse(Upload is { Length: > 0 } ? nameof(Upload) : nameof(Text), "Someone else imported this article already; ask an editor for it.", 409);
        if (outcome.AlreadyImported) TempData["Message"] = "This article was imported before; here is that import.";
        return RedirectToPage("/Imports/Details", new { id = outcome.ImportId });
    }

    private PageResult Refuse(string field, string message, int status)
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = status;
        return Page();
    }
}

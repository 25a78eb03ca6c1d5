using Marquee.Data.Reviews;
using Marquee.Web;
using Marquee.Features.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Reviews;

/// <summary>/desk/images: upload an image with alt text, caption, credit and licence; shows the Markdown to paste.</summary>
[Authorize(Policy = Auth.CriticPolicy)]
[RequestSizeLimit(ReviewImages.MaxBytes + (64 * 1024))]
public sealed class ImagesModel(ReviewImages images) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? AltText { get; set; }
    [BindProperty] public string? Caption { get; set; }
    [BindProperty] public string? Credit { get; set; }
    [BindProperty] public string? Licence { get; set; }

    [TempData] public string? Uploaded { get; set; }

    private static readonly Dictionary<string, string> FileField = new() { ["file"] = nameof(Upload) };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null) { ModelState.AddModelError(nameof(Upload), "Choose an image file."); return Page(); }
        if (Upload.Length > ReviewImages.MaxBytes) { ModelState.AddModelError(nameof(Upload), "The image is larger than 5 MB."); Response.StatusCode = 413; return Page(); }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var result = await images.AddAsync(buffer.ToArray(), new ReviewImageInput(AltText, Caption, Credit, Licence), ReviewActors.From(User)!, ct);
        if (!result.Succeeded)
        {
            this.ShowFailure(result, keys: FileField);
            return Page();
        }
        Uploaded = $"![{result.Value!.AltText}]({result.Value.Url})";
        return RedirectToPage();
    }
}

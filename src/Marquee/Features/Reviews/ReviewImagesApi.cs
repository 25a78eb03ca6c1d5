using Marquee.Data.Reviews;
using Marquee.Features.Reviews;
using Marquee.Web.Api;
using Marquee.Web;

namespace Marquee.Features.Reviews;

/// <summary>POST /api/v1/review-images: multipart upload, judged by content, size-limited before it is read.</summary>
internal static class ReviewImagesApi
{
    public static async Task<IResult> UploadAsync(HttpContext http, ReviewImages images, CancellationToken ct)
    {
        var tooLarge = $"The image is larger than {ReviewImages.MaxBytes / (1024 * 1024)} MB.";
        if (http.Request.ContentLength > ReviewImages.MaxBytes + (64 * 1024)) return Problems.Status(StatusCodes.Status413PayloadTooLarge, tooLarge);
        if (!http.Request.HasFormContentType) return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send the image as multipart/form-data.");
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, tooLarge);
        }
        var file = form.Files.GetFile("file");
        if (file is null) return Problems.Invalid("file", "Attach the image as the form field 'file'.");
        if (file.Length > ReviewImages.MaxBytes) return Problems.Status(StatusCodes.Status413PayloadTooLarge, tooLarge);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var input = new ReviewImageInput(form["altText"], form["caption"], form["credit"], form["licence"]);
        var result = await images.AddAsync(buffer.ToArray(), input, ReviewActors.From(http.User)!, ct);
        if (Problems.FromFailure(result) is { } failure) return failure;
        return Results.Created(result.Value!.Url, result.Value);
    }
}

using System.Security.Cryptography;
using Marquee.Core.Reviews;

namespace Marquee.Data.Reviews;

/// <summary>Stores uploaded review images under the data folder's media/ with generated names; checks them by content.</summary>
public sealed class ReviewImages(MarqueeDbContext db, DatabaseOptions options, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string UrlPrefix = "/media/";

    private readonly ReviewImageInputValidator validator = new();

    public string MediaDirectory => Path.Combine(Path.GetFullPath(options.DataDirectory), "media");

    public async Task<CommandResult<ReviewImageView>> AddAsync(byte[] content, ReviewImageInput input, ReviewActor actor, CancellationToken ct = default)
    {
        if (content.Length == 0) return CommandResult<ReviewImageView>.Invalid("file", "The file is empty.");
        if (content.Length > MaxBytes) return CommandResult<ReviewImageView>.Invalid("file", $"The image is larger than {MaxBytes / (1024 * 1024)} MB.");
        var sniffed = ImageSniffer.Sniff(content);
        if (sniffed is null) return CommandResult<ReviewImageView>.Invalid("file", "The file is not a JPEG, PNG or WebP image.");
        if (Validation.Check(validator, input) is { } errors) return CommandResult<ReviewImageView>.Invalid(errors);

        Directory.CreateDirectory(MediaDirectory);
        var fileName = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}.{sniffed.Extension}";
        var path = Path.Combine(MediaDirectory, fileName);
        await File.WriteAllBytesAsync(path, content, ct);
        var image = new ReviewImage
        {
            FileName = fileName, ContentType = sniffed.ContentType, AltText = input.AltText!.Trim(), Caption = Clean(input.Caption),
            Credit = Clean(input.Credit), Licence = Clean(input.Licence), Width = sniffed.Width, Height = sniffed.Height,
            Bytes = content.Length, UploadedById = actor.UserId, CreatedAt = clock.GetUtcNow(),
        };
        db.ReviewImages.Add(image);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: an upload is all or nothing.
            File.Delete(path);
            throw;
        }
        return CommandResult<ReviewImageView>.Created(ToView(image));
    }

    /// <summary>The stored file for a generated name, or null for any other name.</summary>
    public (string Path, string ContentType)? Open(string fileName)
    {
        if (!IsGeneratedName(fileName)) return null;
        var path = Path.Combine(MediaDirectory, fileName);
        if (!File.Exists(path)) return null;
        var type = Path.GetExtension(fileName) switch { ".png" => "image/png", ".jpg" => "image/jpeg", _ => "image/webp" };
        return (path, type);
    }

    public static bool IsGeneratedName(string fileName) =>
        fileName.Length is > 25 and < 32 && fileName[..24].All(Uri.IsHexDigit)
        && fileName[24..] is ".png" or ".jpg" or ".webp";

    public static ReviewImageView ToView(ReviewImage i) =>
        new(i.Id, i.FileName, UrlPrefix + i.FileName, i.AltText, i.Caption, i.Credit, i.Licence, i.Width, i.Height);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

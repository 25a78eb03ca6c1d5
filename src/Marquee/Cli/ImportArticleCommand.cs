using System.CommandLine;
using Marquee.Data;
using Marquee.Import.ArticleImports;
using Marquee.Import.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Cli;

/// <summary>
/// `marquee import article FILE`: with --json prints what was extracted; without it stores a pending import and a
/// draft review by the critic named with --critic, in one transaction.
/// </summary>
internal static class ImportArticleCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A review as plain text (boilerplate and all) or a saved HTML page." };
        var format = new Option<string?>("--format") { Description = "text or html; by default .html/.htm files are HTML and others text." };
        format.AcceptOnlyFromAmong("text", "html");
        var json = new Option<bool>("--json") { Description = "Print what was extracted as one JSON object (the gold files' field names); stores nothing." };
        var critic = new Option<string?>("--critic") { Description = "The account (critic, editor or admin) the draft review is by; required unless --json." };
        var command = new Command("article", "Import a scraped review: a pending import for the editors and a draft review.")
        {
            file, format, json, critic, MarqueeOptions.Data, MarqueeOptions.Database,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (File.Exists(path) && new FileInfo(path).Length > ArticleImportLimitsBytes)
                return Fail($"{path}: too large ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB; an article may be at most {ArticleImportLimitsBytes / 1024 / 1024} MB); nothing was imported.");
            if (!InputFiles.TryReadText(path, out var text, out var error)) return Fail(error);
            var isHtml = parse.GetValue(format) is { } f ? f == "html" : Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";
            var source = new ArticleSource(Path.GetFileName(path), isHtml, text);
            if (parse.GetValue(json))
            {
                try
                {
                    Console.WriteLine(ArticleJson.Serialize(source.Parse(ct)));
                }
                catch (ArticleTooComplexException e)
                {
                    return Fail($"{path} is too complex to read: {e.Message}.");
                }
                return 0;
            }
            if (source.Problem() is { } problem) return Fail($"{path} {problem}; nothing was imported.");

            await using var services = CliServices.Build(parse, s => s.AddArticleImports());
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct: ct);
            var (userId, userError) = await ArticleAuthor.FindAsync(scope.ServiceProvider, parse.GetValue(critic), ct);
            if (userId is null) return Fail($"{path}: {userError}");
            var outcome = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(source, userId, createDraft: true, ct);
            if (outcome.Error is not null) return Fail(outcome.Error);
            Console.WriteLine(ImportReport.Describe(source.Name, outcome));
            return 0;
        });
        return command;
    }

    private const long ArticleImportLimitsBytes = Data.ArticleImports.ArticleImportLimits.SourceBytes;

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 2;
    }
}

using System.CommandLine;
using Marquee.Import.Articles;

namespace Marquee.Cli;

/// <summary>`marquee import article FILE`: turns a scraped review (text or HTML) into structured fields.</summary>
internal static class ImportArticleCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A review as plain text (boilerplate and all) or a saved HTML page." };
        var format = new Option<string?>("--format") { Description = "text or html; by default .html/.htm files are HTML and others text." };
        format.AcceptOnlyFromAmong("text", "html");
        var json = new Option<bool>("--json") { Description = "Print what was extracted as one JSON object (the gold files' field names)." };
        var command = new Command("article", "Extract a review's film, score, credits and people from a scraped article.") { file, format, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!InputFiles.TryReadText(path, out var text, out var error))
            {
                Console.Error.WriteLine($"error: {error}");
                return 2;
            }
            var isHtml = parse.GetValue(format) is { } f
                ? f == "html"
                : Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";
            var article = isHtml ? ArticleParser.ParseHtml(text, null) : ArticleParser.ParseText(text);
            if (parse.GetValue(json))
            {
                Console.WriteLine(ArticleJson.Serialize(article));
                return 0;
            }
            Console.WriteLine(ArticleSummary.Describe(article));
            return 0;
        });
        return command;
    }
}

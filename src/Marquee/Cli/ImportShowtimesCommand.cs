using System.CommandLine;
using Marquee.Core.Showtimes;
using Marquee.Data;
using Marquee.Data.Showtimes;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Cli;

/// <summary>`marquee import showtimes FILE`: loads a CSV or JSON showtime feed; refused rows are printed as FILE:LINE: field: reason.</summary>
internal static class ImportShowtimesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A showtime feed: CSV with a header row, or JSON (see README, \"Showtimes\")." };
        var format = new Option<string?>("--format") { Description = "csv or json; by default from the file's extension, else its first character." };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("showtimes", "Import screenings from a CSV or JSON feed. Valid rows go in; refused rows are listed with line and reason; re-importing changes nothing.")
        {
            file, format, MarqueeOptions.Data, MarqueeOptions.Database,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!InputFiles.TryReadText(path.FullName, out var text, out var readError))
            {
                await Console.Error.WriteLineAsync($"error: {readError}");
                return 1;
            }
            var json = parse.GetValue(format) switch
            {
                "json" => true,
                "csv" => false,
                _ => path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
                    || (!path.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) && ShowtimeFeed.LooksLikeJson(text)),
            };

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct: ct);
            var report = await scope.ServiceProvider.GetRequiredService<ShowtimeImporter>().ImportFeedAsync(text, json, ct);
            foreach (var problem in report.Problems)
                await Console.Error.WriteLineAsync($"{path.Name}:{problem.Line}: {problem.Field}: {problem.Reason}");
            var rejected = report.Problems.Select(p => p.Line).Distinct().Count();
            Console.WriteLine($"{path.Name}: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {rejected} rejected.");
            return report.Problems.Count == 0 ? 0 : 1;
        });
        return command;
    }
}

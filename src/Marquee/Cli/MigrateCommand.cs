using System.CommandLine;
using Marquee.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Cli;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations, then exit.") { MarqueeOptions.Data, MarqueeOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(Console.WriteLine, ct);
            Console.WriteLine(applied.Count == 0
                ? $"{options.Describe()}: up to date."
                : $"{options.Describe()}: applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return 0;
        });
        return command;
    }
}

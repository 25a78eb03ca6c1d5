using System.CommandLine;

namespace Marquee.Cli;

/// <summary>`marquee import …`: every importer is a subcommand here.</summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import articles, catalogues and showtimes.")
    {
        ImportArticleCommand.Create(),
        ImportShowtimesCommand.Create(),
        ImportCatalogCommand.Create(),
    };
}

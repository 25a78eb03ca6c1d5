using System.CommandLine;

namespace Marquee.Cli;

/// <summary>`marquee import …`: bring outside data in. Subcommands: catalog (and, from other features, article, showtimes).</summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import data from files: catalogues of films and people, and more.")
    {
        ImportCatalogCommand.Create(),
    };
}

using System.CommandLine;

namespace Marquee.Cli;

/// <summary>`marquee import …`: one subcommand per kind of file (showtimes now; catalog and article join it).</summary>
internal static class ImportCommand
{
    public static Command Create() => new("import", "Import data from files.")
    {
        ImportShowtimesCommand.Create(),
    };
}

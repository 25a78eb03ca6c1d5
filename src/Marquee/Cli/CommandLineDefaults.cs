namespace Marquee.Cli;

internal static class CommandLineDefaults
{
    private static readonly string[] Commands = ["serve", "migrate", "users", "import", "eval", "backup"];
    private static readonly string[] RootOptions = ["--help", "-h", "-?", "--version"];

    /// <summary>
    /// Options with no command mean `serve` (`marquee --urls …`), which is also how ASP.NET's test host
    /// calls the entry point (`--environment=…`). No arguments at all show the help.
    /// </summary>
    public static string[] WithDefaultCommand(string[] args)
    {
        if (args.Length == 0) return ["--help"];
        var first = args[0];
        if (Commands.Contains(first) || RootOptions.Contains(first) || !first.StartsWith('-')) return args;
        return ["serve", .. args];
    }
}

using System.CommandLine;
using Marquee.Data;
using Microsoft.Extensions.Configuration;

namespace Marquee.Cli;

/// <summary>The options every command that touches the database shares: --data and --database.</summary>
internal static class MarqueeOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Folder for the SQLite database and uploaded images (default ./marquee-data; env MARQUEE_DATA).",
    };

    public static readonly Option<string?> Database = new("--database")
    {
        Description = "PostgreSQL connection string (env MARQUEE_DATABASE); without it, SQLite in --data is used.",
    };

    /// <summary>Configuration in order of precedence: command line, MARQUEE_ environment variables, appsettings.json.</summary>
    public static IConfigurationRoot Configuration(ParseResult parse, IDictionary<string, string?>? extra = null)
    {
        var fromCommandLine = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(Data) is { } data) fromCommandLine["Data"] = data;
        if (parse.GetValue(Database) is { } database) fromCommandLine["Database"] = database;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) fromCommandLine[key] = value;
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("MARQUEE_")
            .AddInMemoryCollection(fromCommandLine)
            .Build();
    }

    public static DatabaseOptions DatabaseFrom(IConfiguration configuration) => new()
    {
        DataDirectory = configuration["Data"] is { Length: > 0 } dir ? dir : "marquee-data",
        Database = configuration["Database"],
    };
}

using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using Marquee.Web;

namespace Marquee.Cli;

internal static class ServeCommand
{
    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Addresses to listen on (default http://127.0.0.1:5000; env MARQUEE_URLS).",
    };

    private static readonly Option<bool> NoDemo = new("--no-demo")
    {
        Description = "Do not load the demo films into an empty database.",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Start the web site and API; applies migrations and, on an empty database, loads the demo content.")
        {
            Urls, MarqueeOptions.Data, MarqueeOptions.Database, NoDemo,
        };
        // Other tokens are ASP.NET host settings (--environment=Development…), passed on to the host.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(Urls) is { } urls) settings["Urls"] = urls;
            if (parse.GetValue(NoDemo)) settings["NoDemo"] = "true";
            var app = MarqueeWebApp.Build([.. parse.UnmatchedTokens], MarqueeOptions.Configuration(parse, settings));
            try
            {
                await app.RunAsync(ct);
            }
            catch (IOException ex) when (ex.InnerException is AddressInUseException)
            {
                // Kestrel names the address; a stack trace would bury it.
                await Console.Error.WriteLineAsync($"error: {ex.Message} Stop what listens there or pass --urls.");
                return 1;
            }
            return 0;
        });
        return command;
    }
}

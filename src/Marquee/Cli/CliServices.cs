using System.CommandLine;
using Marquee.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marquee.Cli;

/// <summary>The services a command-line command needs: the database and the data commands, without the web host.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(ParseResult parse, Action<IServiceCollection>? more = null)
    {
        var configuration = MarqueeOptions.Configuration(parse);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddMarqueeData(MarqueeOptions.DatabaseFrom(configuration));
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}

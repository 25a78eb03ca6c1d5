using System.CommandLine;
using Marquee.Cli;

// The one executable: `marquee serve`, `marquee migrate`, `marquee users …`; later issues add more commands here.
var root = new RootCommand("Marquee: a self-hosted film review and film database platform.")
{
    ServeCommand.Create(),
    MigrateCommand.Create(),
    UsersCommand.Create(),
    ImportCommand.Create(),
    EvalCommand.Create(),
};
return await root.Parse(CommandLineDefaults.WithDefaultCommand(args)).InvokeAsync(new InvocationConfiguration
{
    // Exceptions must reach the host (and the test host's resolver); Marquee logs them itself.
    EnableDefaultExceptionHandler = false,
});

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

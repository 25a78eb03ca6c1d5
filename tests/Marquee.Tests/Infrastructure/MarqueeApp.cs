using System.Net.Http.Headers;
using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Infrastructure;

/// <summary>The real app over HTTP on its own database: a SQLite file in a temp folder, or a fresh PostgreSQL database.</summary>
public class MarqueeApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = [];

    public MarqueeApp() : this(Provider.Sqlite, demo: true)
    {
    }

    public MarqueeApp(Provider provider, bool demo, IDictionary<string, string?>? extra = null)
    {
        Provider = provider;
        DataDirectory = TestEnvironment.NewDataDirectory();
        settings["Data"] = DataDirectory;
        // A test that brings its own server names it in "Database".
        if (provider == Provider.Postgres && extra?.ContainsKey("Database") != true) settings["Database"] = TestEnvironment.NewPostgresDatabase();
        if (!demo) settings["NoDemo"] = "true";
        // Every test signs in from the one test address; the sign-in limit has tests of its own that set it low.
        settings["RateLimits:SignInPerMinute"] = "1000";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
    }

    public Provider Provider { get; }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that does not follow redirects, so tests can see 301s.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client carrying a fresh API token of a new user with the role.</summary>
    public async Task<HttpClient> ClientWithRoleAsync(string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserCommands>();
        var created = await users.AddAsync($"{role}-{Guid.NewGuid():n}"[..20], role, null);
        Assert.True(created.Succeeded, created.Detail);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Value!.Token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>One app with the demo content, shared by the read-only tests of a class.</summary>
public sealed class DemoApp : MarqueeApp;

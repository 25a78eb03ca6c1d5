using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own, in a temp folder on a free port, which the test may stop, start again,
/// freeze (SIGSTOP) and thaw without touching the server the other tests share. Needs the server's bin folder in
/// MARQUEE_TEST_PG_BIN (the test command sets it); as root the server runs as the postgres user.
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string folder;
    private bool frozen;

    private OwnPostgres(string bin, string folder)
    {
        this.bin = bin;
        this.folder = folder;
    }

    public int Port { get; private set; }

    private string Data => Path.Combine(folder, "data");

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    public static async Task<OwnPostgres> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("MARQUEE_TEST_PG_BIN");
        if (string.IsNullOrEmpty(bin)) Assert.Skip("MARQUEE_TEST_PG_BIN is not set; ./test.sh sets it to PostgreSQL's bin folder.");
        var folder = Directory.CreateTempSubdirectory("marquee-pg-").FullName;
        var server = new OwnPostgres(bin, folder);
        try
        {
            Directory.CreateDirectory(server.Data);
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chmod", "755", folder);
                await RunAsync("chown", "postgres:postgres", server.Data);
            }
            await server.AsServerAsync("initdb", "-D", server.Data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
            await server.FirstStartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    // A free port can be taken by someone else between finding it and binding it: try another.
    private async Task FirstStartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await StartAgainAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 5 && File.ReadAllText(LogFile).Contains("in use", StringComparison.OrdinalIgnoreCase))
            {
                File.Delete(LogFile);
            }
        }
    }

    private string LogFile => Path.Combine(Data, "server.log");

    public Task StartAgainAsync() => AsServerAsync("pg_ctl", "-D", Data, "-w", "-l", LogFile, "-o",
        $"-c fsync=off -c listen_addresses=127.0.0.1 -p {Port} -k {Data}", "start");

    /// <summary>Stops the server at once, as a crash or an operator's immediate shutdown would.</summary>
    public Task StopAsync() => AsServerAsync("pg_ctl", "-D", Data, "-m", "immediate", "stop");

    /// <summary>SIGSTOP to the postmaster and every backend: connections stay open and nothing answers.</summary>
    public async Task FreezeAsync()
    {
        var postmaster = Postmaster();
        await RunAsync("kill", "-STOP", postmaster);
        await RunAsync("pkill", "-STOP", "-P", postmaster);
        frozen = true;
    }

    public async Task ThawAsync()
    {
        var postmaster = Postmaster();
        await RunAsync("pkill", "-CONT", "-P", postmaster);
        await RunAsync("kill", "-CONT", postmaster);
        frozen = false;
    }

    private string Postmaster() => File.ReadLines(Path.Combine(Data, "postmaster.pid")).First().Trim();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (frozen) await ThawAsync();
            if (File.Exists(Path.Combine(Data, "postmaster.pid"))) await StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task AsServerAsync(string tool, params string[] args) => Environment.IsPrivilegedProcess
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. args])
        : RunAsync(Path.Combine(bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

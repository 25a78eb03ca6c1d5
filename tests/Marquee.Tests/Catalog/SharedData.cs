namespace Marquee.Tests.Catalog;

/// <summary>The shared data folder (shared/data/catalog), found by walking up from the test binaries; never copied into the repo.</summary>
public static class SharedData
{
    public static string Catalog { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Catalog, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", "catalog");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"No shared/data/catalog above {AppContext.BaseDirectory}.");
    }
}

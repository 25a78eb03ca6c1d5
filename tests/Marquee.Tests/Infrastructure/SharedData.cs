namespace Marquee.Tests.Infrastructure;

/// <summary>The project's shared sample data (real articles and catalogues), which sits beside the checkout and is never copied into it.</summary>
public static class SharedData
{
    public static string Articles => Find(Path.Combine("shared", "data", "articles"));

    public static string Catalog => Find(Path.Combine("shared", "data", "catalog"));

    /// <summary>A path inside shared/data/catalog ("vega-movies", "movies.json").</summary>
    public static string CatalogPath(params string[] parts) => Path.Combine([Catalog, .. parts]);

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}; the shared folder sits beside the checkout.");
    }
}

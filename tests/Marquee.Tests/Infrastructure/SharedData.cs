namespace Marquee.Tests.Infrastructure;

/// <summary>The project's shared sample data (real articles and catalogues), which sits beside the checkout and is never copied into it.</summary>
public static class SharedData
{
    public static string Articles => Find(Path.Combine("shared", "data", "articles"));

    public static string Catalog => Find(Path.Combine("shared", "data", "catalog"));

    /// <summary>A path inside shared/data/catalog ("vega-movies", "movies.json").</summary>
    public static string CatalogPath(params string[] parts) => Path.Combine([Catalog, .. parts]);

    /// <summary>A file of the checkout itself ("README.md"), found beside Marquee.slnx above the test binaries.</summary>
    public static string RepositoryFile(string name) =>
        Path.Combine(Path.GetDirectoryName(Above("Marquee.slnx", File.Exists, "the checkout"))!, name);

    private static string Find(string relative) => Above(relative, Directory.Exists, "the shared folder sits beside the checkout");

    private static string Above(string relative, Func<string, bool> exists, string hint)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}; {hint}.");
    }
}

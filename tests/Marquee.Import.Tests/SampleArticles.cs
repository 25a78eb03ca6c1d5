namespace Marquee.Import.Tests;

/// <summary>Finds the shared sample articles and pages (../shared/data next to the repository); they are never copied in.</summary>
public static class SampleArticles
{
    public static string Directory { get; } = Locate("articles");

    /// <summary>The 181 real news pages of the extraction benchmark, gzipped.</summary>
    public static string ExtractionBenchmark { get; } = System.IO.Path.Combine(Locate("extraction-benchmark"), "html");

    public static string Path(string slug, string extension = ".txt") => System.IO.Path.Combine(Directory, slug + extension);

    public static string Text(string slug) => File.ReadAllText(Path(slug));

    public static IEnumerable<string> Slugs() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.gold.json").Select(f => System.IO.Path.GetFileName(f)[..^".gold.json".Length]).Order(StringComparer.Ordinal);

    private static string Locate(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", name);
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"shared/data/{name} was not found above " + AppContext.BaseDirectory);
    }
}

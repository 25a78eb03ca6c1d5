namespace Marquee.Import.Tests;

/// <summary>Finds the shared sample articles and pages (../shared/data next to the repository); they are never copied in.</summary>
public static class SampleArticles
{
    public static string Directory { get; } = Locate("articles");

    /// <summary>The 181 real news pages of the extraction benchmark, gzipped.</summary>
    public static string ExtractionBenchmark { get; } = System.IO.Path.Combine(Locate("extraction-benchmark"), "html");

    public static string Path(string slug, string extension = ".txt") => System.IO.Path.Combine(Directory, slug + extension);

    public static string Text(string slug) => File.ReadAllText(Path(slug));

    /// <summary>
    /// The articles the importer's rules were written and checked on; the tests hold the rules to their targets here.
    /// The folder holds more (real reviews from other publications, added later): those are read and reported, and
    /// their figures are the honest measure of how the rules generalise, but they are not tuned to.
    /// </summary>
    public static readonly IReadOnlyList<string> WorkedOn =
    [
        "1movieguru-conclave", "anora-collider-2024", "cynicritics-gone-girl", "filmcompanion-the-holdovers",
        "itellyouwhatithink-poor-things", "letterboxd-everything-everywhere", "mattrutherford-saltburn", "moviesalamark-get-out",
        "popculture-knives-out", "racksandrazors-barbarian", "radiotimes-the-debt", "thecoast-melancholia",
        "weirdwhalecandy-me-and-orson-welles",
    ];

    /// <summary>Every annotated article in the folder.</summary>
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

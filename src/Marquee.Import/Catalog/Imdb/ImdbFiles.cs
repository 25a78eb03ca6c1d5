namespace Marquee.Import.Catalog.Imdb;

public enum ImdbFileKind
{
    TitleBasics,
    TitleRatings,
    TitleAkas,
    NameBasics,
    TitlePrincipals,
    TitleCrew,
}

/// <summary>IMDb's dataset files: their names, their exact headers, and the order an import reads them in.</summary>
public static class ImdbFiles
{
    /// <summary>Films first, then what hangs off them; people last, so only those credited in the films need be kept.</summary>
    public static readonly IReadOnlyList<ImdbFileKind> ImportOrder =
        [ImdbFileKind.TitleBasics, ImdbFileKind.TitleRatings, ImdbFileKind.TitleAkas, ImdbFileKind.TitlePrincipals, ImdbFileKind.TitleCrew, ImdbFileKind.NameBasics];

    public static string BaseName(ImdbFileKind kind) => kind switch
    {
        ImdbFileKind.TitleBasics => "title.basics",
        ImdbFileKind.TitleRatings => "title.ratings",
        ImdbFileKind.TitleAkas => "title.akas",
        ImdbFileKind.NameBasics => "name.basics",
        ImdbFileKind.TitlePrincipals => "title.principals",
        ImdbFileKind.TitleCrew => "title.crew",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Header(ImdbFileKind kind) => kind switch
    {
        ImdbFileKind.TitleBasics => "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres",
        ImdbFileKind.TitleRatings => "tconst\taverageRating\tnumVotes",
        ImdbFileKind.TitleAkas => "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle",
        ImdbFileKind.NameBasics => "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles",
        ImdbFileKind.TitlePrincipals => "tconst\tordering\tnconst\tcategory\tjob\tcharacters",
        ImdbFileKind.TitleCrew => "tconst\tdirectors\twriters",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Which file a path is, by name: "title.basics.tsv.gz", "title.basics.tsv" or a copy such as "title.basics.sample.tsv".</summary>
    public static ImdbFileKind? KindOf(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var kind in ImportOrder)
        {
            if (name.StartsWith(BaseName(kind) + ".", StringComparison.OrdinalIgnoreCase)) return kind;
        }
        return null;
    }

    /// <summary>The files to import from a folder or a list of files, in import order; unknown names are an error.</summary>
    public static IReadOnlyList<(ImdbFileKind Kind, string Path)> Resolve(IEnumerable<string> paths)
    {
        var found = new List<(ImdbFileKind, string)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    if (KindOf(file) is { } k && (file.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".tsv.gz", StringComparison.OrdinalIgnoreCase)))
                        found.Add((k, file));
                }
            }
            else if (File.Exists(path))
            {
                found.Add((KindOf(path) ?? throw new ArgumentException($"{path}: not one of IMDb's dataset files (title.basics, title.akas, title.crew, title.principals, title.ratings, name.basics)"), path));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }
        return found.OrderBy(f => ImportOrder.ToList().IndexOf(f.Item1)).ThenBy(f => f.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>Maps IMDb's principal categories to a credit: cast, or a crew department and job.</summary>
    public static (bool Cast, string? Department, string? Job) Role(string category, string? job) => category switch
    {
        "actor" or "actress" or "self" => (true, null, null),
        "director" => (false, "Directing", "Director"),
        "writer" => (false, "Writing", job is null ? "Writer" : Capitalise(job)),
        "producer" => (false, "Production", job is null ? "Producer" : Capitalise(job)),
        "composer" => (false, "Sound", "Music"),
        "cinematographer" => (false, "Camera", "Cinematography"),
        "editor" => (false, "Editing", "Editor"),
        "production_designer" => (false, "Art", "Production Design"),
        "casting_director" => (false, "Production", "Casting"),
        "archive_footage" or "archive_sound" => (true, null, null),
        _ => (false, "Crew", job is null ? Capitalise(category.Replace('_', ' ')) : Capitalise(job)),
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

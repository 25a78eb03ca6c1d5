namespace Marquee.Import.Catalog.Imdb.Bulk;

internal enum StageType
{
    Text,
    Int,
    Long,
    Double,
    TextList,
}

/// <summary>A scratch table the IMDb rows are loaded into before the set-based merge: its name and typed columns.</summary>
internal sealed record StageTable(string Name, IReadOnlyList<(string Column, StageType Type)> Columns)
{
    public static readonly StageTable Titles = new("ImdbStageTitles",
    [
        ("Tconst", StageType.Text), ("Title", StageType.Text), ("OriginalTitle", StageType.Text), ("Year", StageType.Int),
        ("Runtime", StageType.Int), ("Genres", StageType.TextList), ("SortTitle", StageType.Text), ("SlugFirst", StageType.Text),
        ("SlugAlt", StageType.Text), ("TitleKey", StageType.Text), ("OriginalKey", StageType.Text), ("Line", StageType.Long),
    ]);

    public static readonly StageTable Ratings = new("ImdbStageRatings",
        [("Tconst", StageType.Text), ("Average", StageType.Double), ("Votes", StageType.Int)]);

    public static readonly StageTable Akas = new("ImdbStageAkas",
    [
        ("Tconst", StageType.Text), ("Title", StageType.Text), ("Region", StageType.Text), ("Language", StageType.Text),
        ("Kind", StageType.Text), ("Key", StageType.Text), ("Line", StageType.Long),
    ]);

    /// <summary>Principals (Source 0) and crew (Source 1) as credits, already mapped to kind, department and job.</summary>
    public static readonly StageTable Credits = new("ImdbStageCredits",
    [
        ("Tconst", StageType.Text), ("Nconst", StageType.Text), ("Kind", StageType.Int), ("Department", StageType.Text),
        ("Job", StageType.Text), ("Character", StageType.Text), ("CharacterAliases", StageType.TextList), ("Ord", StageType.Int),
        ("Source", StageType.Int), ("Line", StageType.Long),
    ]);

    public static readonly StageTable Names = new("ImdbStageNames",
    [
        ("Nconst", StageType.Text), ("Name", StageType.Text), ("BirthYear", StageType.Int), ("DeathYear", StageType.Int),
        ("SlugFirst", StageType.Text), ("SlugAlt", StageType.Text), ("Key", StageType.Text), ("Line", StageType.Long),
    ]);

    public static readonly IReadOnlyList<StageTable> All = [Titles, Ratings, Akas, Credits, Names];

    public static StageTable For(ImdbFileKind kind) => kind switch
    {
        ImdbFileKind.TitleBasics => Titles,
        ImdbFileKind.TitleRatings => Ratings,
        ImdbFileKind.TitleAkas => Akas,
        ImdbFileKind.NameBasics => Names,
        ImdbFileKind.TitlePrincipals or ImdbFileKind.TitleCrew => Credits,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

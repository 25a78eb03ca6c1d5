namespace Marquee.Import.Articles;

/// <summary>What an article's info card or credits block states, and which lines it took.</summary>
public sealed record CardInfo
{
    public List<string> Directors { get; } = [];
    public List<string> Writers { get; } = [];
    public List<string> Cast { get; } = [];
    public List<ExtractedCredit> Credits { get; } = [];
    public int? RuntimeMinutes { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public HashSet<int> LineIndexes { get; } = [];

    /// <summary>Every name written on the card, for telling card spellings from body spellings.</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public void AddCast(string name)
    {
        if (!Cast.Contains(name, StringComparer.Ordinal)) Cast.Add(name);
        Names.Add(name);
    }
}

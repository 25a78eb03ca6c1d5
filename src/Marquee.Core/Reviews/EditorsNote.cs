namespace Marquee.Core.Reviews;

/// <summary>The note above a review with spoilers: the editor's own words, or the house sentence naming the film.</summary>
public static class EditorsNote
{
    public static string? For(SpoilerLevel level, string? written, string filmTitle)
    {
        if (!string.IsNullOrWhiteSpace(written)) return written.Trim();
        return level switch
        {
            SpoilerLevel.Full => $"The following contains spoilers for '{filmTitle}'.",
            SpoilerLevel.Premise => $"The following discusses the premise of '{filmTitle}' beyond its trailer.",
            _ => null,
        };
    }
}

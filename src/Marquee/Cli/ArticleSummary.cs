using System.Globalization;
using System.Text;
using Marquee.Import.Articles;

namespace Marquee.Cli;

/// <summary>A readable account of what the importer found, for the terminal.</summary>
internal static class ArticleSummary
{
    public static string Describe(ExtractedArticle a)
    {
        var sb = new StringBuilder();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) sb.AppendLine(CultureInfo.InvariantCulture, $"{label,-16} {value}");
        }
        Line("Film", a.FilmTitle);
        Line("Published", a.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("Author", a.Author);
        Line("Score", a.Score is { } s ? $"{s.Display} (raw \"{s.Raw}\", {s.Normalised:0.#}/100)" : null);
        Line("Spoilers", a.HasSpoilerWarning ? a.SpoilerNote ?? "yes" : "no warning");
        Line("Directors", string.Join(", ", a.Directors));
        Line("Runtime", a.RuntimeMinutes is { } r ? $"{r} minutes" : null);
        Line("Release date", a.ReleaseDateStated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("Cast list", string.Join(", ", a.CastList));
        foreach (var c in a.Credits)
            Line("Credit", $"{c.Person} as {c.Character}{(c.CharacterAliases.Count > 0 ? $" (\"{string.Join("\", \"", c.CharacterAliases)}\")" : "")}");
        foreach (var v in a.NameVariants) Line("Same person", $"{v.First} = {v.Second} ({v.Reason})");
        Line("Headings", string.Join(" | ", a.Headings));
        Line("Image credits", string.Join(", ", a.ImageCredits));
        Line("Paragraphs", a.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var w in a.Warnings) Line("Warning", w);
        return sb.ToString().TrimEnd();
    }
}

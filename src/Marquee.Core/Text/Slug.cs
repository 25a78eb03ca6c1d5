using System.Text.RegularExpressions;

namespace Marquee.Core.Text;

/// <summary>URL slugs: the folded words of a text joined by hyphens ("Anora 2024" → "anora-2024", "Œdipe" → "oedipe").</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && ValidPattern().IsMatch(slug);

    /// <summary>Makes a slug from any text through <see cref="TextFold"/>; empty when the text has no letters or digits.</summary>
    public static string From(string text)
    {
        var slug = TextFold.Words(text).Replace(' ', '-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }
}

using System.Globalization;
using System.Text;

namespace Marquee.Core.Films;

/// <summary>The key films sort by, as catalogues do: case and accents ignored, a leading article set aside ("The Shining" under S).</summary>
public static class TitleSort
{
    private static readonly string[] Articles = ["the ", "a ", "an ", "le ", "la ", "les ", "l'", "el ", "los ", "las ", "il ", "der ", "die ", "das "];

    public static string KeyFor(string title)
    {
        var folded = Fold(title).Trim();
        foreach (var article in Articles)
        {
            if (folded.Length > article.Length && folded.StartsWith(article, StringComparison.Ordinal)) return folded[article.Length..].TrimStart();
        }
        return folded;
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

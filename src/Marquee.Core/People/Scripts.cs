namespace Marquee.Core.People;

/// <summary>Names the writing system of a name, by its first letter outside ASCII punctuation.</summary>
public static class Scripts
{
    public static string Detect(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetter(c)) continue;
            return c switch
            {
                <= '\u024F' => "Latin",
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0400' and <= '\u052F' => "Cyrillic",
                >= '\u0530' and <= '\u058F' => "Armenian",
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                >= '\u0600' and <= '\u06FF' => "Arabic",
                >= '\u0900' and <= '\u097F' => "Devanagari",
                >= '\u0E00' and <= '\u0E7F' => "Thai",
                >= '\u10A0' and <= '\u10FF' => "Georgian",
                >= '\u3040' and <= '\u309F' => "Hiragana",
                >= '\u30A0' and <= '\u30FF' => "Katakana",
                >= '\u4E00' and <= '\u9FFF' => "Han",
                >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "Hangul",
                _ => "Other",
            };
        }
        return "Latin";
    }
}

using AnyAscii;
using Marquee.Core.Names;

namespace Marquee.Import.Names;

/// <summary>Name matching for names in any script: Core's rules with AnyAscii for scripts Core has no table for.</summary>
public static class AnyScriptNames
{
    public static string ToLatin(string text) => text.Transliterate();

    public static NameMatcher Matcher { get; } = new(ToLatin);
}

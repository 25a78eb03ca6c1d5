using AnyAscii;
using Marquee.Core.Search;

namespace Marquee.Data.Search;

/// <summary>Search keys with transliteration: any script to Latin (AnyAscii), then <see cref="SearchKey"/>'s rules.</summary>
public static class SearchText
{
    private static readonly Func<string, string> ToLatin = text => text.Transliterate();

    public static string Key(string text) => SearchKey.From(text, ToLatin);

    public static IReadOnlyList<string> Words(string text) => SearchKey.Words(text, ToLatin);

    public static IReadOnlyList<QueryWord> QueryWords(string text) => SearchKey.QueryWords(text, ToLatin);
}

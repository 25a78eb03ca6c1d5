using BenchmarkDotNet.Attributes;
using Marquee.Core.Search;
using Marquee.Data.Search;

namespace Marquee.Bench;

/// <summary>The per-name and per-candidate costs of search: building a key, and matching a query against a name.</summary>
[MemoryDiagnoser]
public class SearchKeyBenchmarks
{
    private readonly IReadOnlyList<string> query = SearchText.Words("Aleksei Serebrykov");
    private readonly string[] name = SearchText.Key("Aleksey Serebryakov").Split(' ');

    [Benchmark]
    public string KeyLatin() => SearchText.Key("Mark Eydelshteyn");

    [Benchmark]
    public string KeyCyrillic() => SearchText.Key("Марк Эйдельштейн");

    [Benchmark]
    public WordMatch? MatchWithTypo() => SearchMatch.Compare(query, name);
}

using BenchmarkDotNet.Attributes;
using Marquee.Core.Search;
using Marquee.Data.Search;

namespace Marquee.Bench;

/// <summary>The per-name and per-candidate costs of search: building a key, and matching a query against a name.</summary>
[MemoryDiagnoser]
public class SearchKeyBenchmarks
{
    private readonly IReadOnlyList<string> query = SearchKey.Words("Aleksei Serebrykov");
    private readonly string[] name = SearchKey.From("Aleksey Serebryakov").Split(' ');

    [Benchmark]
    public string KeyLatin() => SearchKey.From("Mark Eydelshteyn");

    [Benchmark]
    public string KeyCyrillic() => SearchKey.From("Марк Эйдельштейн");

    [Benchmark]
    public WordMatch? MatchWithTypo() => SearchMatch.Compare(query, name);
}

using Marquee.Data.Search;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Search;

/// <summary>Every tolerance the search promises, on SQLite and PostgreSQL alike.</summary>
public sealed class SearchToleranceTests(SearchCatalog catalog) : IClassFixture<SearchCatalog>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<Provider, string, string> Finds => Cases(
        ("anora", "anora-2024"),                                   // exact title
        ("ANORA", "anora-2024"),                                   // case
        ("Zoe Vnak", "zoe-vnak"),                                  // diacritics: Zoe finds Zoë
        ("zoë vnak", "zoe-vnak"),
        ("Vnak Zoe", "zoe-vnak"),                                  // word order
        ("Budapest Grand Hotel", "the-grand-budapest-hotel-2014"),
        ("Serebyakov", "aleksey-serebryakov"),                     // one letter missing in a long word
        ("Aleksey Serebrjakov", "aleksey-serebryakov"),            // j for y
        ("anpra", "anora-2024"),                                   // one substitution in a five-letter word
        ("Madisno", "mikey-madison"),                              // two letters swapped
        ("Eidelstein", "mark-eydelshteyn"),                        // transliteration variants
        ("Mark Eidelstein", "mark-eydelshteyn"),
        ("Aleksei Serebryakov", "aleksey-serebryakov"),
        ("Alexei Serebryakov", "aleksey-serebryakov"),
        ("Юрий Борисов", "yuriy-borisov"),                         // another script
        ("Yuri Borisov", "yuriy-borisov"),
        ("Elena Koreneva", "yelena-koreneva"),                     // Ye- dropped
        ("Iakov Sergeev", "yakov-sergeyev"),                       // Ia- for Ya-, and the y between vowels dropped
        ("Sergeev Iakov", "yakov-sergeyev"),                       // (not only as the last word, which may be half typed)
        ("Гранд Будапешт", "the-grand-budapest-hotel-2014"),       // alternative title in Cyrillic
        ("fabuleux destin", "amelie-2001"),                         // original title
        ("amelie", "amelie-2001"));

    [Theory]
    [MemberData(nameof(Finds))]
    public async Task Search_finds_the_first_hit(Provider provider, string query, string slug)
    {
        var hits = await SearchAsync(provider, query);
        Assert.NotEmpty(hits);
        Assert.Equal(slug, hits[0].Slug);
    }

    public static TheoryData<Provider, string> FindsNothing => Cases(
        "Vnek",                  // a typo in a four-letter word is not forgiven
        "Srebrykov",             // nor two edits in one word
        "xyzzy plugh",
        "Borisov Eydelshteyn");  // every word must belong to the same name

    [Theory]
    [MemberData(nameof(FindsNothing))]
    public async Task Search_is_not_too_tolerant(Provider provider, string query)
    {
        Assert.Empty(await SearchAsync(provider, query));
    }

    [Theory]
    [AllProviders]
    public async Task Exact_title_first_then_the_better_known_then_partial(Provider provider)
    {
        var hits = await SearchAsync(provider, "anora");
        Assert.Equal(["anora-2024", "anora-1985", "anorak-weather-2010"], hits.Select(h => h.Slug));
    }

    [Theory]
    [AllProviders]
    public async Task An_alias_match_names_the_spelling_that_matched(Provider provider)
    {
        var hit = (await SearchAsync(provider, "Отель Гранд Будапешт"))[0];
        Assert.Equal("The Grand Budapest Hotel", hit.Name);
        Assert.Equal("Отель «Гранд Будапешт»", hit.MatchedName);
    }

    public static TheoryData<Provider, string, string> Suggests => Cases(
        ("ano", "anora-2024"),
        ("Eyd", "mark-eydelshteyn"),
        ("mar eyd", "mark-eydelshteyn"),
        ("serebr", "aleksey-serebryakov"),
        ("grand bud", "the-grand-budapest-hotel-2014"),
        ("Юр", "yuriy-borisov"),
        ("yakov sergey", "yakov-sergeyev"),                        // on the way to Sergeyev, whose key drops the y
        ("Mikh", "mikhail-kalatozov"));                            // kh is h in the key

    [Theory]
    [MemberData(nameof(Suggests))]
    public async Task Suggest_matches_prefixes(Provider provider, string prefix, string slug)
    {
        var app = await catalog.AppAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var hits = await scope.ServiceProvider.GetRequiredService<SearchQueries>().SuggestAsync(prefix, 8, Ct);
        Assert.Equal(slug, hits.Count > 0 ? hits[0].Slug : null);
    }

    [Theory]
    [AllProviders]
    public async Task Suggest_offers_every_name_a_half_typed_word_may_become(Provider provider)
    {
        var app = await catalog.AppAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var hits = await scope.ServiceProvider.GetRequiredService<SearchQueries>().SuggestAsync("Mik", 8, Ct);
        Assert.Equal(["mikey-madison", "mikhail-kalatozov"], hits.Select(h => h.Slug).Order());
    }

    [Theory]
    [AllProviders]
    public async Task Type_filter_keeps_one_kind(Provider provider)
    {
        var app = await catalog.AppAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchQueries>();
        Assert.All(await search.SearchAsync("zoe", SearchKind.Person, 20, Ct), h => Assert.Equal("person", h.Type));
        Assert.Equal(2, (await search.SearchAsync("zoe", SearchKind.Person, 20, Ct)).Count);
        Assert.Empty(await search.SearchAsync("zoe", SearchKind.Film, 20, Ct));
    }

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(Provider provider, string query)
    {
        var app = await catalog.AppAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SearchQueries>().SearchAsync(query, null, 20, Ct);
    }

    private static TheoryData<Provider, string, string> Cases(params (string Query, string Slug)[] cases)
    {
        var data = new TheoryData<Provider, string, string>();
        foreach (var provider in Providers.All)
            foreach (var (query, slug) in cases) data.Add(provider, query, slug);
        return data;
    }

    private static TheoryData<Provider, string> Cases(params string[] queries)
    {
        var data = new TheoryData<Provider, string>();
        foreach (var provider in Providers.All)
            foreach (var query in queries) data.Add(provider, query);
        return data;
    }
}

using Marquee.Core.Reviews;
using Marquee.Core.Search;
using Marquee.Data.Search;
using Marquee.Core.Text;

namespace Marquee.Tests.Search;

/// <summary>The pure parts of search: spellings one edit away, and what of a review the spoiler shield leaves searchable.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("anora", "anpra")]    // substitution
    [InlineData("madison", "madisno")] // adjacent swap
    [InlineData("serebriakov", "serebiakov")] // deletion
    [InlineData("borisov", "borissov")] // insertion
    public void One_edit_away_holds_the_typo(string word, string typo)
    {
        Assert.Contains(typo, SearchKey.OneEditAway(word));
        Assert.Contains(word, SearchKey.OneEditAway(typo));
    }

    [Theory]
    [InlineData("anora")]
    [InlineData("eidelstein")]
    public void Every_spelling_one_edit_away_is_within_one_edit(string word)
    {
        var spellings = SearchKey.OneEditAway(word);
        Assert.All(spellings, s => Assert.True(EditDistance.WithinOneEdit(word, s), s));
    }

    [Theory]
    [InlineData("Yelena Koreneva", "Elena Koreneva")]
    [InlineData("Sergeyev", "Sergeev")]
    [InlineData("Iakov", "Yakov")]
    [InlineData("Sergej Bodrov", "Sergey Bodrov")]
    [InlineData("Mark Eydelshteyn", "Mark Eidelstein")]
    [InlineData("Alexei Serebryakov", "Aleksey Serebrjakov")]
    public void Spellings_the_person_linker_calls_one_name_have_one_search_key(string a, string b)
    {
        Assert.Equal(Marquee.Core.Names.TransliterationKey.OfName(a), Marquee.Core.Names.TransliterationKey.OfName(b));
        Assert.Equal(SearchKey.From(a), SearchKey.From(b));
    }

    [Theory]
    [InlineData("Yakov Sergeyev")]      // "sergey" + "e": the y between vowels is dropped
    [InlineData("Mikhail Kalatozov")]   // "mik" + "h": kh is h
    [InlineData("Aleksei German")]      // "alek" + "s": ks is x
    [InlineData("Zhanna Badoeva")]      // "z" + "h": zh
    [InlineData("Tsai Ming-liang")]     // "t" + "s": ts is c
    [InlineData("Philippe Garrel")]     // "p" + "h": ph is f
    [InlineData("Pyotr Todorovsky")]
    [InlineData("Andrei Tarkovsky")]
    [InlineData("Nikolai Shchukin")]    // sh, shc, shch
    [InlineData("Mark Eydelshteyn")]
    [InlineData("Yuliya Snigir")]
    public void Every_name_is_suggested_at_every_letter_typed(string name)
    {
        var key = SearchKey.Words(name);
        for (var typed = 2; typed <= name.Length; typed++)
        {
            var query = SearchKey.QueryWords(name[..typed]);
            if (query.Count == 0) continue;
            // Only the last word, the one being typed, may continue as another spelling.
            var continued = query.Select(w => w.Continued).ToList();
            var match = SearchMatch.Compare(query.Select(w => w.Key).ToList(), key, prefixAnyWord: true, continued);
            // Found as typed, not forgiven as a typo: the type-ahead's index lookup only asks for prefixes.
            Assert.True(match is { Fuzzy: 0 }, $"'{name[..typed]}' does not find {name}");
        }
    }

    [Theory]
    [InlineData("Mik", "Mia Wasikowska")]
    [InlineData("Sergey", "Serge Daney")]
    [InlineData("Alek", "Alex Cox")]
    public void A_half_typed_word_is_not_cut_short(string typed, string name)
    {
        var query = SearchKey.QueryWords(typed);
        var match = SearchMatch.Compare(query.Select(w => w.Key).ToList(), SearchKey.Words(name), prefixAnyWord: true, query.Select(w => w.Continued).ToList());
        // (A five-letter word one edit away is still forgiven as a typo, and ranked as one.)
        Assert.True(match is null or { Prefix: 0 }, $"'{typed}' was taken as the start of {name}");
    }

    [Fact]
    public void Spoiler_blocks_are_hidden_and_everything_else_shown()
    {
        var body = "Opening *words*.\n\n::: pullquote\nA quoted line.\n:::\n\n::: spoiler\n## The reveal\n\nShe was the **killer**.\n:::\n\nClosing `code`.";
        var (shown, hidden) = ReviewSearchText.Split(body, SpoilerLevel.Premise);
        Assert.Contains("Opening words.", shown);
        Assert.Contains("A quoted line.", shown);
        Assert.Contains("Closing code.", shown);
        Assert.DoesNotContain("killer", shown);
        Assert.DoesNotContain("reveal", shown);
        Assert.Contains("The reveal", hidden);
        Assert.Contains("She was the killer.", hidden);
    }

    [Fact]
    public void A_full_spoiler_review_hides_its_whole_body()
    {
        var (shown, hidden) = ReviewSearchText.Split("Everything happens.\n\nThen more.", SpoilerLevel.Full);
        Assert.Equal("", shown);
        Assert.Contains("Everything happens.", hidden);
    }
}

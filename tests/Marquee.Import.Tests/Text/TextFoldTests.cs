using Marquee.Core.Films;
using Marquee.Core.Text;

namespace Marquee.Import.Tests.Text;

/// <summary>The one fold, transliteration and slug maker: what every name, title, key and address is made from.</summary>
public sealed class TextFoldTests
{
    [Theory]
    // Latin diacritics
    [InlineData("Zoë", "zoe")]
    [InlineData("Amélie", "amelie")]
    [InlineData("Hélène Dževad", "helene dzevad")]
    [InlineData("Sergeï", "sergei")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Skarsgård", "skarsgard")]
    [InlineData("Ḥusayn", "husayn")]
    // ligatures and special letters
    [InlineData("Œdipe", "oedipe")]
    [InlineData("cœur", "coeur")]
    [InlineData("Æon Flux", "aeon flux")]
    [InlineData("Straße", "strasse")]
    [InlineData("Øresund", "oresund")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ðiðrik Þór", "didrik thor")]
    [InlineData("ﬁlm", "film")]
    [InlineData("Ĳssel", "ijssel")]
    // Cyrillic, with the credits' spelling of ё, є, ї
    [InlineData("Юрий Борисов", "yuriy borisov")]
    [InlineData("Марк Эйдельштейн", "mark eydelshteyn")]
    [InlineData("Щукин", "shchukin")]
    [InlineData("Пётр", "pyotr")]
    [InlineData("Семён", "semyon")]
    [InlineData("Ярослав Юрьевич", "yaroslav yurevich")]
    [InlineData("Подъезд", "podezd")]
    [InlineData("Броненосец «Потёмкин»", "bronenosets potyomkin")]
    [InlineData("Євген Їжак", "yevgen yizhak")]
    // Greek
    [InlineData("Γιώργος Λάνθιμος", "giorgos lanthimos")]
    [InlineData("Κυνόδοντας", "kynodontas")]
    // Japanese and Chinese pass through AnyAscii
    [InlineData("となりのトトロ", "tonarinototoro")]
    [InlineData("東京物語", "dongjingwuyu")]
    // punctuation and apostrophes
    [InlineData("Zoë  O’Brien", "zoe obrien")]
    [InlineData("O'Byrne", "obyrne")]
    [InlineData("Kiki’s Delivery Service", "kikis delivery service")]
    [InlineData("Jean-Luc Godard", "jean luc godard")]
    [InlineData("Léon: The Professional", "leon the professional")]
    [InlineData("Yes—No", "yes no")]
    [InlineData("2001: A Space Odyssey", "2001 a space odyssey")]
    [InlineData("9½ Weeks", "9 weeks")]
    [InlineData("Dr. Strangelove!?", "dr strangelove")]
    // empty and whitespace
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(" \t\n ", "")]
    [InlineData("«»—!", "")]
    public void Folds_to_lowercase_ascii_words(string text, string folded) => Assert.Equal(folded, TextFold.Words(text));

    [Theory]
    [InlineData("Anora 2024", "anora-2024")]
    [InlineData("Œdipe", "oedipe")]   // the slug dropped the Œ ("dipe") while the fold spelled it out
    [InlineData("Æon Flux 2005", "aeon-flux-2005")]
    [InlineData("Straße", "strasse")]
    [InlineData("Zoë  O’Brien", "zoe-obrien")]
    [InlineData("Юрий Борисов", "yuriy-borisov")]
    [InlineData("となりのトトロ 1988", "tonarinototoro-1988")]
    [InlineData("Léon: The Professional", "leon-the-professional")]
    [InlineData("  --Anora--  ", "anora")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Slugs_are_the_folded_words_joined_by_hyphens(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
        Assert.True(slug.Length == 0 || Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Œdipe")]
    [InlineData("Æon Flux")]
    [InlineData("Łódź")]
    [InlineData("Straße")]
    [InlineData("Юрий Борисов")]
    [InlineData("Kiki’s Delivery Service")]
    public void A_slug_and_the_fold_agree(string text) => Assert.Equal(TextFold.Words(text).Replace(' ', '-'), Slug.From(text));

    [Fact]
    public void A_long_slug_is_cut_at_a_word_boundary_within_the_limit()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("abcdefghi", 30)));
        Assert.True(slug.Length <= Slug.MaxLength && Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("The Shining", "shining")]
    [InlineData("A Separation", "separation")]
    [InlineData("An Autumn Afternoon", "autumn afternoon")]
    [InlineData("L'Avventura", "avventura")]
    [InlineData("L’Atalante", "atalante")]
    [InlineData("Les Misérables", "miserables")]
    [InlineData("Das Boot", "boot")]
    [InlineData("The", "the")]
    [InlineData("Theeb", "theeb")]
    [InlineData("Œdipe", "oedipe")]
    [InlineData("Æon Flux", "aeon flux")]
    [InlineData("Броненосец «Потёмкин»", "bronenosets potyomkin")]
    [InlineData("2001: A Space Odyssey", "2001 a space odyssey")]
    public void Titles_sort_by_their_fold_without_a_leading_article(string title, string key) => Assert.Equal(key, TitleSort.KeyFor(title));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("anora", "anora", 0)]
    [InlineData("anora", "anpra", 1)]       // substitution
    [InlineData("kiefer", "keifer", 1)]     // swap of neighbours
    [InlineData("borisov", "borissov", 1)]  // insertion
    [InlineData("serebriakov", "serebiakov", 1)] // deletion
    [InlineData("ross", "rossi", 1)]
    [InlineData("abc", "", 3)]
    [InlineData("madison", "madisno", 1)]
    [InlineData("eidelstein", "eydelshteyn", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abcd", "badc", 2)]
    public void Edit_distance_and_its_one_edit_test_agree(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
        Assert.Equal(distance <= 1, EditDistance.WithinOneEdit(a, b));
        Assert.Equal(distance <= 1, EditDistance.WithinOneEdit(b, a));
    }

    [Theory]
    [InlineData("anora")]
    [InlineData("kiefer")]
    public void Every_word_one_edit_away_is_at_distance_one(string word) =>
        Assert.All(EditDistance.OneEditAway(word, "abcdefghijklmnopqrstuvwxyz"), w => Assert.True(EditDistance.Between(word, w) <= 1, w));
}

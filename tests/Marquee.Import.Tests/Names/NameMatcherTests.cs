using Marquee.Core.Names;
using Marquee.Core.Text;

namespace Marquee.Import.Tests.Names;

public class NameMatcherTests
{
    private static readonly NameMatcher Matcher = NameMatcher.Default;

    [Theory]
    [InlineData("Mark Eidelstein", "Mark Eydelshteyn")]
    [InlineData("Yura Borisov", "Yuriy Borisov")]
    [InlineData("Aleksei Serebryakov", "Aleksey Serebryakov")]
    [InlineData("Keifer Sutherland", "Kiefer Sutherland")]
    [InlineData("Zoë Vnak", "Zoe Vnak")]
    [InlineData("ZOË VNAK", "zoe vnak")]
    [InlineData("Luna Sofía Miranda", "Luna Sofia Miranda")]
    [InlineData("Bill Skarsgård", "William Skarsgard")]
    [InlineData("Bob Odenkirk", "Robert Odenkirk")]
    [InlineData("Jim Carrey", "James Carrey")]
    [InlineData("Liz Taylor", "Elizabeth Taylor")]
    [InlineData("Mike Leigh", "Michael Leigh")]
    [InlineData("Zach Efron", "Zac Efron")]
    [InlineData("Vanya Petrov", "Ivan Petrov")]
    [InlineData("Sasha Petrov", "Aleksandr Petrov")]
    [InlineData("Misha Ivanov", "Mikhail Ivanov")]
    [InlineData("Dima Volkov", "Dmitriy Volkov")]
    [InlineData("Kolya Sidorov", "Nikolai Sidorov")]
    [InlineData("Lyosha Serebryakov", "Aleksey Serebryakov")]
    [InlineData("Alyosha Popov", "Alexei Popov")]
    [InlineData("Masha Zhak", "Mariya Zhak")]
    [InlineData("Dasha Ekamasova", "Darya Ekamasova")]
    [InlineData("Dmitry Shostakovich", "Dmitri Shostakovich")]
    [InlineData("Dmitriy Nagiev", "Dmitry Nagiev")]
    [InlineData("Sergei Bodrov", "Sergey Bodrov")]
    [InlineData("Sergej Bodrov", "Sergey Bodrov")]
    [InlineData("Aleksandr Sokurov", "Alexandr Sokurov")]
    [InlineData("Andrei Tarkovsky", "Andrey Tarkovskiy")]
    [InlineData("Fyodor Dostoevsky", "Fyodor Dostoyevsky")]
    [InlineData("Yelena Koreneva", "Elena Koreneva")]
    [InlineData("Yevgeny Mironov", "Evgeny Mironov")]
    [InlineData("Nikita Mikhalkov", "Nikita Mihalkov")]
    [InlineData("Юрий Борисов", "Yuriy Borisov")]
    [InlineData("Марк Эйдельштейн", "Mark Eydelshteyn")]
    [InlineData("Алексей Серебряков", "Aleksei Serebryakov")]
    [InlineData("Brian F O’Byrne", "Brian O'Byrne")]
    [InlineData("Ana de Armas", "Ana De Armas")]
    [InlineData("Dr Godwin Baxter", "Godwin Baxter")]
    [InlineData("Pyotr Tchaikovsky", "Petr Chaikovsky")]
    public void Same_person_spelled_two_ways(string a, string b)
    {
        var match = Matcher.Compare(a, b);
        Assert.True(match.IsSame, $"{a} / {b}: {match.Verdict} {match.Reason}");
        Assert.InRange(match.Confidence, 0.8, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(match.Reason));
    }

    [Theory]
    [InlineData("Nikita Mikhalkov", "Nikita Mikhalkova", "female forms")]
    [InlineData("Yuriy Borisov", "Yuriy Borisova", "female forms")]
    [InlineData("Leo Tolstoy", "Leo Tolstaya", "female forms")]
    [InlineData("Anna Kowalski", "Anna Kowalska", "female forms")]
    [InlineData("Sasha Karenin", "Sasha Karenina", "female forms")]
    [InlineData("John David Washington", "John David Washington Jr.", "suffix")]
    [InlineData("Robert Downey Jr.", "Robert Downey Sr.", "suffix")]
    [InlineData("Harry Connick Jr", "Harry Connick", "suffix")]
    [InlineData("Louis Gossett III", "Louis Gossett", "suffix")]
    [InlineData("Alexander Skarsgård", "Stellan Skarsgård", "given names")]
    [InlineData("Bill Skarsgård", "Stellan Skarsgård", "given names")]
    [InlineData("Charlotte Gainsbourg", "Charlotte Rampling", "surnames")]
    [InlineData("Aleksandr Petrov", "Aleksandra Petrov", "given name")]
    [InlineData("Daniel Craig", "Daniela Craig", "given name")]
    [InlineData("Emma Stone", "Emma Thompson", "surnames")]
    [InlineData("Mark Eidelstein", "Mark Eidelman", "surnames")]
    [InlineData("Chris Evans", "Chris Evert", "surnames")]
    [InlineData("Ross Brodar", "Ross Brodari", "surnames")]
    [InlineData("Jan Ross", "Jan Rossi", "surnames")]
    [InlineData("Brian F O’Byrne", "Brian T O’Byrne", "middle")]
    [InlineData("Ivan Petrov", "Igor Petrov", "given names")]
    [InlineData("Michael Sergio", "Mikhail Sergio", "given names")]
    [InlineData("", "Mark Eidelstein", "empty")]
    public void Different_people_are_kept_apart(string a, string b, string reason)
    {
        var match = Matcher.Compare(a, b);
        Assert.Equal(NameVerdict.Different, match.Verdict);
        Assert.Contains(reason, match.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("McKay", "Elle McKay")]
    [InlineData("M. Eidelstein", "Mark Eidelstein")]
    [InlineData("J Chastain", "Jessica Chastain")]
    public void Partial_names_are_only_possible(string a, string b) =>
        Assert.Equal(NameVerdict.Possible, Matcher.Compare(a, b).Verdict);

    [Theory]
    [InlineData("Aleksei", "Aleksey")]
    [InlineData("Alexei", "Aleksei")]
    [InlineData("Eydelshteyn", "Eidelstein")]
    [InlineData("Yuriy", "Yuri")]
    [InlineData("Yury", "Yuri")]
    [InlineData("Iouri", "Yuri")]
    [InlineData("Dmitriy", "Dmitri")]
    [InlineData("Mariya", "Maria")]
    [InlineData("Sergeyev", "Sergeev")]
    [InlineData("Khabensky", "Habensky")]
    [InlineData("Yelena", "Elena")]
    [InlineData("Schukin", "Shukin")]
    [InlineData("Shchukin", "Shukin")]
    public void Transliteration_variants_share_a_key(string a, string b) =>
        Assert.Equal(TransliterationKey.Of(TextFold.Words(a)), TransliterationKey.Of(TextFold.Words(b)));

    [Theory]
    [InlineData("Moskowitz", "645740")]
    [InlineData("Auerbach", "097500")]
    [InlineData("Peters", "739400")]
    [InlineData("Keifer", "579000")]
    [InlineData("Kiefer", "579000")]
    [InlineData("Eidelstein", "038436")]
    [InlineData("Eydelshteyn", "038436")]
    public void Daitch_Mokotoff_keys(string name, string key) => Assert.Equal(key, DaitchMokotoff.Encode(name));

    [Theory]
    [InlineData("yura", "yuriy")]
    [InlineData("vanya", "ivan")]
    [InlineData("sasha", "aleksandra")]
    [InlineData("bill", "william")]
    [InlineData("katya", "yekaterina")]
    [InlineData("nastya", "anastasiya")]
    [InlineData("petya", "pyotr")]
    public void Diminutives_stand_for_their_full_names(string diminutive, string full)
    {
        Assert.True(GivenNames.AreEquivalent(diminutive, full));
        Assert.Contains(full, GivenNames.FullForms(diminutive));
    }

    [Fact]
    public void Zoe_folds_to_ascii() => Assert.Equal("zoe vnak", TextFold.Words("Zoë  Vnak"));
}

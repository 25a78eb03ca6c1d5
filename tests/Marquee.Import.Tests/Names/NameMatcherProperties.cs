using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marquee.Core.Names;
using Marquee.Core.Text;

namespace Marquee.Import.Tests.Names;

/// <summary>A Russian name written in Cyrillic, built from common given names and surname stems.</summary>
public sealed record CyrillicName(string Given, string SurnameStem)
{
    public string Masculine => $"{Given} {SurnameStem}ов";
    public string Feminine => $"{Given} {SurnameStem}ова";
    public override string ToString() => Masculine;
}

/// <summary>Any person's name from a mixed pool, for symmetry.</summary>
public sealed record AnyName(string Value)
{
    public override string ToString() => Value;
}

public static class NameArbitraries
{
    private static readonly string[] Given = ["Юрий", "Алексей", "Марк", "Дмитрий", "Мария", "Дарья", "Сергей", "Евгений", "Николай", "Иван", "Пётр", "Татьяна", "Елена", "Фёдор", "Ксения"];
    private static readonly string[] Stems = ["Борис", "Серебряк", "Иван", "Петр", "Смирн", "Кузнец", "Михалк", "Соколь", "Попов", "Жук", "Щукин", "Хабенск", "Яковл", "Ершов"];
    private static readonly string[] Pool =
        ["Mark Eidelstein", "Mark Eydelshteyn", "Yura Borisov", "Yuriy Borisov", "Yuriy Borisova", "Aleksei Serebryakov",
         "Aleksey Serebryakov", "Zoë Vnak", "Zoe Vnak", "Bill Skarsgård", "Stellan Skarsgård", "Robert Downey Jr.",
         "Robert Downey", "McKay", "Kiefer Sutherland", "Keifer Sutherland", "Nikita Mikhalkov", "Nikita Mikhalkova",
         "Ana de Armas", "Brian F O’Byrne", "Sasha Petrov", "Aleksandra Petrova", "Jim Carrey", "James Carrey", "Юрий Борисов"];

    public static Arbitrary<CyrillicName> Cyrillic() =>
        Gen.Elements(Given).SelectMany(g => Gen.Elements(Stems), (g, s) => new CyrillicName(g, s)).ToArbitrary();

    public static Arbitrary<AnyName> Names() => Gen.Elements(Pool).Select(n => new AnyName(n)).ToArbitrary();
}

[Properties(Arbitrary = [typeof(NameArbitraries)], MaxTest = 300)]
public class NameMatcherProperties
{
    private static readonly NameMatcher Matcher = NameMatcher.Default;

    // Other Latin spellings of the same Cyrillic: y/i/j for й, ks/x, e/ye, -iy/-y/-i.
    private static IEnumerable<string> Transliterations(string cyrillic)
    {
        var bgn = Latin.From(cyrillic);
        yield return bgn;
        yield return Latin.From(cyrillic);
        yield return bgn.Replace("iy ", "i ", StringComparison.Ordinal).Replace("ey ", "ei ", StringComparison.Ordinal);
        yield return bgn.Replace("iy ", "y ", StringComparison.Ordinal).Replace("ks", "x", StringComparison.Ordinal);
        yield return bgn.Replace("kh", "h", StringComparison.Ordinal).Replace("shch", "sch", StringComparison.Ordinal);
    }

    [Property]
    public bool Matching_is_symmetric(AnyName a, AnyName b)
    {
        var (ab, ba) = (Matcher.Compare(a.Value, b.Value), Matcher.Compare(b.Value, a.Value));
        return ab.Verdict == ba.Verdict && Math.Abs(ab.Confidence - ba.Confidence) < 1e-9;
    }

    [Property]
    public bool A_name_matches_itself(AnyName a) => Matcher.Compare(a.Value, a.Value).IsSame;

    [Property]
    public bool A_name_matches_its_own_transliterations(CyrillicName name) =>
        Transliterations(name.Masculine).Append(name.Masculine).All(t => Matcher.Compare(name.Masculine, t).IsSame)
        && Transliterations(name.Feminine).All(t => Matcher.Compare(name.Feminine, t).IsSame);

    [Property]
    public bool Gender_forms_never_merge(CyrillicName name) =>
        Transliterations(name.Masculine).Zip(Transliterations(name.Feminine))
            .All(p => Matcher.Compare(p.First, p.Second).Verdict == NameVerdict.Different)
        && Matcher.Compare(name.Masculine, name.Feminine).Verdict == NameVerdict.Different;

    [Property]
    public bool Generational_suffixes_never_merge(AnyName a) =>
        a.Value.Contains(' ', StringComparison.Ordinal) is false
        || Matcher.Compare(a.Value, a.Value + " Jr.").Verdict == NameVerdict.Different;
}

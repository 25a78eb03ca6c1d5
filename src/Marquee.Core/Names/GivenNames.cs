namespace Marquee.Core.Names;

/// <summary>
/// Given names that stand for one another: diminutives (Yura → Yuriy, Vanya → Ivan, Bill → William) and the
/// spellings of one name across languages. A form may sit in several groups ("Sasha" is Aleksandr or Aleksandra).
/// </summary>
public static class GivenNames
{
    private static readonly string[] Groups =
    [
        // Russian and Ukrainian, full name first.
        "aleksandr alexander alexandr alexandre sasha sacha sanya shura alex",
        "aleksandra alexandra sasha sacha sanya shura",
        "aleksey alexei alexey aleksei alexis alyosha lyosha lesha alex",
        "mikhail mihail michail misha",
        "dmitriy dmitri dmitry dima mitya",
        "nikolay nikolai nicolai kolya",
        "pyotr petr peter petya",
        "ivan vanya vanja vania",
        "yuriy yuri yury iouri youri jurij yura",
        "mariya maria masha",
        "darya daria dariya dasha",
        "yekaterina ekaterina katerina katya katia",
        "anastasiya anastasia nastya nastia",
        "vladimir volodya vova",
        "sergey sergei seryozha serezha",
        "yevgeniy evgeny evgeni yevgeny zhenya eugene",
        "yevgeniya evgenia zhenya",
        "yelena elena lena",
        "tatyana tatiana tanya",
        "natalya natalia natasha",
        "olga olya",
        "anna anya ania",
        "konstantin kostya",
        "grigoriy grigori grisha",
        "boris borya",
        "fyodor fedor fedya",
        "pavel pasha",
        "andrey andrei andryusha",
        "yakov yasha",
        "lyudmila ludmila lyuda",
        "svetlana sveta",
        "vyacheslav slava",
        "stanislav stas",
        // English.
        "william bill billy will willy",
        "robert bob bobby rob robbie",
        "james jim jimmy jamie",
        "michael mike mikey mick mickey",
        "elizabeth liz lizzie lizzy beth betsy eliza libby",
        "richard rick ricky dick rich richie",
        "thomas tom tommy",
        "joseph joe joey",
        "john jack johnny",
        "katherine catherine kathryn kate katie kathy cathy kat",
        "margaret maggie peggy meg",
        "christopher chris kit",
        "christine christina chris",
        "nicholas nick nicky",
        "edward ed eddie ted ned",
        "theodore ted teddy theo",
        "daniel dan danny",
        "anthony tony",
        "samuel sam sammy",
        "samantha sam",
        "benjamin ben benny",
        "matthew matt",
        "zachary zach zack zac",
        "jennifer jen jenny",
        "stephen steven steve",
        "timothy tim",
        "patrick pat",
        "susan sue susie",
        "rebecca becky",
        "deborah debbie deb",
        "jacob jake",
        "charles charlie chuck",
        "henry hank harry",
        "harold harry",
        "lawrence laurence larry",
        "gerald jerry",
        "frederick fred freddie",
        "kenneth ken kenny",
        "ronald ron ronnie",
        "donald don donnie",
        "douglas doug",
        "gregory greg",
        "jeffrey jeff",
        "joshua josh",
        "andrew andy drew",
        "victoria vicky",
        "abigail abby",
        "alfred alfie",
    ];

    private static readonly Dictionary<string, List<int>> GroupsByKey = Index();

    /// <summary>True when two folded given names can be the same person's: the same key, or a shared group.</summary>
    public static bool AreEquivalent(string a, string b)
    {
        var (ka, kb) = (TransliterationKey.Of(a), TransliterationKey.Of(b));
        if (ka == kb) return true;
        return GroupsByKey.TryGetValue(ka, out var ga) && GroupsByKey.TryGetValue(kb, out var gb) && ga.Intersect(gb).Any();
    }

    /// <summary>The full forms a folded given name may stand for ("yura" → "yuriy"); empty when unknown.</summary>
    public static IReadOnlyList<string> FullForms(string name) =>
        GroupsByKey.TryGetValue(TransliterationKey.Of(name), out var groups)
            ? [.. groups.Select(g => Groups[g].Split(' ')[0])]
            : [];

    private static Dictionary<string, List<int>> Index()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var form in Groups[g].Split(' '))
            {
                var key = TransliterationKey.Of(form);
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                if (!list.Contains(g)) list.Add(g);
            }
        }
        return index;
    }
}

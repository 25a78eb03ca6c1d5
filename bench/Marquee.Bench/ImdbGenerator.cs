using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marquee.Bench;

/// <summary>
/// Writes IMDb's six dataset files in their exact format (gzip, tab-separated, \N for null) at any size, with
/// Zipf-like popularity, name pools from several languages (Russian names in several transliterations), and a
/// queries.txt of real-looking searches (exact, prefix, one typo, transliteration variants) for the search benchmark.
/// </summary>
public static class ImdbGenerator
{
    private static readonly string[] FirstNames =
    [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara",
        "Sean", "Mikey", "Zoë", "Amélie", "Jean", "Pierre", "Hélène", "François", "Hans", "Jürgen", "Greta", "Søren", "Björn",
        "Giulia", "Marco", "Sofía", "José", "Lucía", "Akira", "Yuki", "Hiroshi", "Min-jun", "Ji-woo", "Wei", "Li", "Arjun", "Priya",
        "Aleksey", "Alexei", "Yuriy", "Yuri", "Mark", "Dmitriy", "Dmitri", "Sergey", "Sergei", "Natalya", "Natalia", "Ekaterina",
        "Vache", "Karren", "Darya", "Olga", "Ivan", "Nikolai", "Anastasia", "Mikhail", "Tatyana",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Baker", "Madison", "Field", "Kazan",
        "Dubois", "Lefèvre", "Müller", "Schröder", "Nørgaard", "Rossi", "Fernández", "Núñez", "Tanaka", "Suzuki", "Kim", "Park",
        "Wang", "Zhang", "Sharma", "Patel", "Eydelshteyn", "Eidelstein", "Serebryakov", "Borisov", "Ivanov", "Smirnov",
        "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Zakharov", "Karagulian",
        "Tovmasyan", "Ekamasova", "Khrushchev", "Tchaikovsky", "Dostoyevsky", "Solzhenitsyn",
    ];

    private static readonly string[] TitleWords =
    [
        "Night", "Day", "Love", "City", "Dark", "Last", "First", "Red", "Blue", "House", "River", "Road", "Winter", "Summer",
        "Stranger", "Secret", "Return", "Dream", "Storm", "Heart", "Shadow", "Garden", "Empire", "Ghost", "Silent", "Golden",
        "Anora", "Parasite", "Tangerine", "Moon", "Island", "Train", "Letter", "Mirror", "Stalker", "Leviathan", "Amélie",
    ];

    // Russian-market alternative titles in Cyrillic, as IMDb lists them for region RU.
    private static readonly string[] CyrillicWords = ["Ночь", "День", "Любовь", "Город", "Зима", "Лето", "Тайна", "Сон", "Буря", "Сердце", "Анора", "Левиафан", "Сталкер"];

    private static readonly string[] Genres = ["Drama", "Comedy", "Romance", "Thriller", "Horror", "Documentary", "Action", "Crime", "Animation", "Family"];
    private static readonly string[] Regions = ["US", "GB", "FR", "DE", "RU", "JP", "ES", "IT", "KR", "BR"];
    private static readonly string[] Categories = ["actor", "actress", "actor", "actress", "actor", "director", "writer", "producer", "composer", "cinematographer", "editor"];

    public static int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("usage: gen-imdb OUT [--titles N] [--seed S]"); return 2; }
        var output = args[0];
        var titles = Option(args, "--titles", 1_000_000);
        var random = new Random(Option(args, "--seed", 42));
        var people = titles * 2;
        Directory.CreateDirectory(output);

        using (var w = Writer(output, "name.basics", "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles"))
        {
            for (var i = 1; i <= people; i++)
            {
                var born = random.Next(10) == 0 ? @"\N" : (1900 + random.Next(110)).ToString(CultureInfo.InvariantCulture);
                w.Write($"nm{i:D8}\t{PersonName(random)}\t{born}\t\\N\tactor\t\\N\n");
            }
        }

        using var basics = Writer(output, "title.basics", "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres");
        using var akas = Writer(output, "title.akas", "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle");
        using var ratings = Writer(output, "title.ratings", "tconst\taverageRating\tnumVotes");
        using var crew = Writer(output, "title.crew", "tconst\tdirectors\twriters");
        using var principals = Writer(output, "title.principals", "tconst\tordering\tnconst\tcategory\tjob\tcharacters");
        for (var i = 1; i <= titles; i++)
        {
            var id = $"tt{i:D8}";
            var type = random.Next(10) switch { < 7 => "movie", 7 => "tvMovie", 8 => "short", _ => "tvEpisode" };
            var title = Title(random);
            var year = 1910 + random.Next(115);
            var genres = string.Join(',', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Genres[random.Next(Genres.Length)]).Distinct());
            basics.Write($"{id}\t{type}\t{title}\t{title}\t0\t{year}\t\\N\t{60 + random.Next(120)}\t{genres}\n");
            var akaCount = random.Next(3);
            for (var a = 1; a <= akaCount; a++)
            {
                var region = Regions[random.Next(Regions.Length)];
                var aka = region == "RU" ? string.Join(' ', Enumerable.Range(0, 1 + random.Next(2)).Select(_ => CyrillicWords[random.Next(CyrillicWords.Length)])) : Title(random);
                akas.Write($"{id}\t{a}\t{aka}\t{region}\t\\N\timdbDisplay\t\\N\t0\n");
            }
            // Zipf-like: a few films with hundreds of thousands of votes, most with a handful.
            var votes = (int)Math.Min(2_500_000, 5 / Math.Pow(random.NextDouble() + 1e-6, 1.2));
            ratings.Write($"{id}\t{(1 + random.NextDouble() * 9).ToString("0.0", CultureInfo.InvariantCulture)}\t{votes}\n");
            var director = Person(random, people);
            crew.Write($"{id}\t{director}\t{Person(random, people)}\n");
            for (var p = 1; p <= 10; p++)
            {
                var category = p == 1 ? "director" : Categories[random.Next(Categories.Length)];
                var nconst = p == 1 ? director : Person(random, people);
                var characters = category is "actor" or "actress" ? $"[\"{PersonName(random).Split(' ')[0]}\"]" : @"\N";
                principals.Write($"{id}\t{p}\t{nconst}\t{category}\t\\N\t{characters}\n");
            }
        }
        WriteQueries(output, random);
        Console.WriteLine($"{output}: {titles:N0} titles, {people:N0} people, {titles * 10:N0} principals");
        return 0;
    }

    private static string Person(Random random, int people) => $"nm{1 + (int)(people * Math.Pow(random.NextDouble(), 2)):D8}";

    private static string PersonName(Random random) => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    private static string Title(Random random)
    {
        var words = 1 + random.Next(3);
        var title = string.Join(' ', Enumerable.Range(0, words).Select(_ => TitleWords[random.Next(TitleWords.Length)]));
        return random.Next(4) == 0 ? $"The {title}" : title;
    }

    /// <summary>1,000 searches a reader might type: exact titles and names, prefixes, one typo, other transliterations.</summary>
    private static void WriteQueries(string output, Random random)
    {
        var queries = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var name = random.Next(2) == 0 ? PersonName(random) : Title(random);
            queries.Add((i % 4) switch
            {
                0 => name,
                1 => name[..Math.Max(3, name.Length / 2)].TrimEnd(),
                2 => Typo(name, random),
                _ => name.Replace("Eydelshteyn", "Eidelstein", StringComparison.Ordinal).Replace("Aleksey", "Alexei", StringComparison.Ordinal)
                    .Replace("Yuriy", "Юрий", StringComparison.Ordinal).Replace("Borisov", "Борисов", StringComparison.Ordinal).Replace("y", "i", StringComparison.Ordinal),
            });
        }
        File.WriteAllLines(Path.Combine(output, "queries.txt"), queries);
    }

    private static string Typo(string text, Random random)
    {
        var words = text.Split(' ');
        var longest = words.OrderByDescending(w => w.Length).First();
        if (longest.Length < 5) return text;
        var at = 1 + random.Next(longest.Length - 2);
        var typo = longest[..at] + longest[at + 1] + longest[at] + longest[(at + 2)..]; // two letters swapped
        return string.Join(' ', words.Select(w => w == longest ? typo : w));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static StreamWriter Writer(string dir, string name, string header)
    {
        var file = File.Create(Path.Combine(dir, name + ".tsv.gz"));
        var writer = new StreamWriter(new GZipStream(file, CompressionLevel.Fastest), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.Write(header + "\n");
        return writer;
    }
}

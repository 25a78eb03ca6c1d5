using System.Globalization;

namespace Marquee.Tests.Catalog;

/// <summary>
/// IMDb-format files big enough for an import to be caught in the middle: films sharing titles and years (so slugs
/// collide), a TV episode in every ten, ten principals per title with characters, crew, ratings, Cyrillic alternative
/// titles, and more people in name.basics than are credited.
/// </summary>
public static class ImdbLargeSample
{
    private static readonly string[] Words = ["Night", "River", "Winter", "Letter", "Mirror", "Garden", "Storm", "Island"];
    private static readonly string[] First = ["Mark", "Yuriy", "Aleksey", "Zoë", "Sean", "Mikey", "Darya", "Jürgen"];
    private static readonly string[] Last = ["Eydelshteyn", "Borisov", "Serebryakov", "Baker", "Madison", "Ekamasova", "Müller", "Núñez"];

    public static string Write(int titles)
    {
        var dir = Path.Combine(Path.GetTempPath(), "marquee-imdb", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var people = titles * 3;
        var basics = new List<string> { ImdbSample.Basics[0] };
        var akas = new List<string> { ImdbSample.Akas[0] };
        var ratings = new List<string> { ImdbSample.Ratings[0] };
        var crew = new List<string> { ImdbSample.Crew[0] };
        var principals = new List<string> { ImdbSample.Principals[0] };
        for (var i = 1; i <= titles; i++)
        {
            var id = $"tt{i:D8}";
            var title = $"{Words[i % Words.Length]} {Words[i / Words.Length % Words.Length]}";
            var year = 1990 + i % 30;
            basics.Add($"{id}\t{(i % 10 == 0 ? "tvEpisode" : "movie")}\t{title}\t{title}\t0\t{year}\t\\N\t{80 + i % 60}\tDrama,Comedy");
            akas.Add($"{id}\t1\tНочь {i}\tRU\t\\N\timdbDisplay\t\\N\t0");
            ratings.Add(string.Create(CultureInfo.InvariantCulture, $"{id}\t{1 + i % 90 / 10.0:0.0}\t{i * 7 % 5000}"));
            crew.Add($"{id}\t{Person(i, 0, people)}\t{Person(i, 1, people)},{Person(i, 2, people)}");
            for (var p = 1; p <= 10; p++)
            {
                var category = p == 1 ? "director" : p % 3 == 0 ? "writer" : "actor";
                var characters = category == "actor" ? $"[\"{First[p % First.Length]}\",\"The {Words[p % Words.Length]}\"]" : "\\N";
                principals.Add($"{id}\t{p}\t{Person(i, p - 1, people)}\t{category}\t\\N\t{characters}");
            }
        }
        var names = new List<string> { ImdbSample.Names[0] };
        for (var n = 1; n <= people; n++)
            names.Add($"nm{n:D8}\t{First[n % First.Length]} {Last[n / First.Length % Last.Length]}\t{(n % 4 == 0 ? "\\N" : (1940 + n % 60).ToString(CultureInfo.InvariantCulture))}\t\\N\tactor\t\\N");
        ImdbSample.WriteFile(dir, "title.basics", basics, gzip: true);
        ImdbSample.WriteFile(dir, "title.akas", akas, gzip: true);
        ImdbSample.WriteFile(dir, "title.ratings", ratings, gzip: true);
        ImdbSample.WriteFile(dir, "title.crew", crew, gzip: true);
        ImdbSample.WriteFile(dir, "title.principals", principals, gzip: true);
        ImdbSample.WriteFile(dir, "name.basics", names, gzip: true);
        return dir;
    }

    // People are reused across films (a few are in many), and the last third of name.basics is never credited.
    private static string Person(int title, int slot, int people) => $"nm{1 + (title * 7 + slot * 13) % (people * 2 / 3):D8}";
}

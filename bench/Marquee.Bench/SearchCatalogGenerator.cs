using System.Globalization;
using System.Text;
using Marquee.Data.Search;
using Microsoft.Data.Sqlite;
using Marquee.Core.Search;
using Marquee.Core.Text;

namespace Marquee.Bench;

/// <summary>
/// Fills a migrated Marquee SQLite database with a large synthetic catalogue for the search benchmark: films with
/// alternative titles and ratings, people (a tenth Russian, with other transliterations and the Cyrillic spelling as
/// aliases), credits, and the search documents the app derives from them (same keys, same weights, inserted into
/// SearchDocuments so the app's own triggers build the word index). Titles and names draw Zipf-like from a large
/// vocabulary, so common words match tens of thousands of names and rare ones a handful. Writes queries.txt: 1,000
/// searches (exact, prefix, one typo, other transliteration or script) for names that exist.
/// </summary>
public static class SearchCatalogGenerator
{
    private const int CreditsPerFilm = 4;

    private static readonly string[] CommonWords =
    [
        "the", "love", "night", "man", "day", "life", "last", "house", "girl", "story", "dead", "world", "time", "city", "dark",
        "black", "blood", "little", "red", "king", "war", "lost", "home", "death", "big", "first", "white", "secret", "woman",
        "road", "summer", "heart", "island", "river", "winter", "moon", "star", "ghost", "dream", "stranger", "return", "empire",
        "golden", "silent", "shadow", "garden", "storm", "train", "letter", "mirror", "children", "family", "murder", "wild",
        "American", "Paris", "Tokyo", "Berlin", "Moscow", "anora", "parasite", "tangerine", "stalker", "leviathan", "Amélie",
        "café", "señor", "über", "fiancée", "mädchen", "l'amour", "père", "niña", "noël", "saga", "legend", "revenge", "zombie",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "ri", "ten", "mar", "sel", "vo", "dan", "pe", "ru", "mi", "sa", "to", "ber", "lin", "gar", "no", "ve", "ta",
        "sho", "ki", "ra", "mon", "del", "fa", "ne", "zu", "ha", "bel", "cor", "ly", "dor", "wen", "ga", "li", "qua", "ser", "ton",
    ];

    private static readonly string[] FirstNames =
    [
        "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara",
        "Sean", "Mikey", "Zoë", "Amélie", "Jean", "Pierre", "Hélène", "François", "Hans", "Jürgen", "Greta", "Søren", "Björn",
        "Giulia", "Marco", "Sofía", "José", "Lucía", "Akira", "Yuki", "Hiroshi", "Min-jun", "Ji-woo", "Wei", "Li", "Arjun", "Priya",
        "Emma", "Olivia", "Noah", "Liam", "Chloé", "Mathilde", "Søs", "Ingrid", "Lars", "Kenji", "Mei", "Ana", "Pedro", "Fatima",
    ];

    private static readonly string[] RussianFirst = ["Юрий", "Алексей", "Марк", "Дмитрий", "Сергей", "Наталья", "Екатерина", "Ольга", "Иван", "Николай", "Анастасия", "Михаил", "Татьяна", "Дарья", "Фёдор"];
    private static readonly string[] RussianRoots = ["Борис", "Серебряк", "Эйдельштейн", "Иван", "Смирн", "Кузнец", "Поп", "Соколь", "Лебед", "Козл", "Новик", "Мороз", "Волк", "Захар", "Хрущ", "Чайковск", "Достоевск", "Шостакович", "Жук", "Щерб", "Юдин", "Яковл", "Орл", "Михайл", "Фёдор", "Белоус", "Гончар", "Ткач"];
    private static readonly string[] RussianEndings = ["ов", "ев", "ин", "ий", "", "енко", "ова"];

    public static int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("usage: gen-search-db DATA_DIR [--titles N] [--seed S]  (after `marquee migrate --data DATA_DIR`)"); return 2; }
        var titles = Option(args, "--titles", 1_000_000);
        var random = new Random(Option(args, "--seed", 7));
        var people = titles * 2;
        var vocabulary = Vocabulary(random, 40_000);
        var surnames = Enumerable.Range(0, 60_000).Select(_ => Capital(Word(random, 2 + random.Next(2)))).Distinct().ToArray();
        var givenNames = FirstNames.Concat(Enumerable.Range(0, 600).Select(_ => Capital(Word(random, 2)))).Distinct().ToArray();

        using var db = new SqliteConnection($"Data Source={Path.Combine(args[0], "marquee.db")}");
        db.Open();
        Exec(db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;");
        var started = DateTime.UtcNow;
        var samples = new List<(string Name, string? Other)>();

        // People first: films' credits point at them. Popularity: a few people in many films, most in one or none.
        var personCredits = new int[people + 1];
        var filmCast = new int[titles + 1, CreditsPerFilm];
        for (var f = 1; f <= titles; f++)
        {
            for (var c = 0; c < CreditsPerFilm; c++)
            {
                var p = 1 + (int)(people * Math.Pow(random.NextDouble(), 2.5));
                filmCast[f, c] = p;
                personCredits[p]++;
            }
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        using (var batch = new Batch(db))
        {
            var person = batch.Command("""INSERT INTO "People" ("Id", "Slug", "Name", "BirthYear", "CreatedAt", "UpdatedAt", "Version") VALUES ($1, $2, $3, $4, 0, 0, 1)""");
            var alias = batch.Command("""INSERT INTO "PersonAliases" ("PersonId", "Name", "Slug", "Script", "CreatedAt") VALUES ($1, $2, $3, $4, 0)""");
            var doc = batch.Command("""INSERT INTO "SearchDocuments" ("Kind", "FilmId", "PersonId", "Name", "Key", "IsPrimary", "Year", "Weight") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""");
            for (var p = 1; p <= people; p++)
            {
                int? born = random.Next(8) == 0 ? null : 1900 + random.Next(110);
                string name;
                var aliases = new List<(string Name, string Script)>();
                if (random.Next(10) == 0)
                {
                    var cyrillic = $"{RussianFirst[random.Next(RussianFirst.Length)]} {RussianRoots[Zipf(random, RussianRoots.Length, 4)]}{RussianEndings[random.Next(RussianEndings.Length)]}";
                    name = Transliterate(cyrillic, scholarly: false);
                    var other = Transliterate(cyrillic, scholarly: true);
                    if (other != name) aliases.Add((other, "Latn"));
                    aliases.Add((cyrillic, "Cyrl"));
                    if (p % 97 == 0) samples.Add((name, random.Next(2) == 0 ? other : cyrillic));
                }
                else
                {
                    name = $"{givenNames[Zipf(random, givenNames.Length, 15)]} {surnames[Zipf(random, surnames.Length, 40)]}";
                    if (p % 97 == 0) samples.Add((name, null));
                }
                var slug = UniqueSlug(slugs, name, null, p);
                person.Run(p, slug, name, born);
                var keys = new HashSet<string>(StringComparer.Ordinal);
                AddDoc(doc, keys, SearchKind.Person, null, p, name, true, born, personCredits[p]);
                foreach (var (a, script) in aliases)
                {
                    alias.Run(p, a, UniqueSlug(null, a, null, p), script);
                    AddDoc(doc, keys, SearchKind.Person, null, p, a, false, born, personCredits[p]);
                }
                batch.Tick();
            }
        }
        Console.WriteLine($"{people:N0} people in {(DateTime.UtcNow - started).TotalSeconds:N0} s");

        slugs.Clear();
        using (var batch = new Batch(db))
        {
            var film = batch.Command("""
                INSERT INTO "Films" ("Id", "Slug", "Title", "SortTitle", "Year", "RuntimeMinutes", "Genres", "Countries", "ProductionCompanies", "Distributors", "CreatedAt", "UpdatedAt", "Version")
                VALUES ($1, $2, $3, $3, $4, $5, '[]', '[]', '[]', '[]', 0, 0, 1)
                """);
            var aka = batch.Command("""INSERT INTO "FilmTitles" ("FilmId", "Title", "Region") VALUES ($1, $2, $3)""");
            var rating = batch.Command("""INSERT INTO "FilmRatings" ("FilmId", "Source", "Average", "Votes") VALUES ($1, 'imdb', $2, $3)""");
            var credit = batch.Command("""
                INSERT INTO "Credits" ("FilmId", "PersonId", "Kind", "CharacterAliases", "Order", "CreatedAt", "UpdatedAt", "Version")
                VALUES ($1, $2, $3, '[]', $4, 0, 0, 1)
                """);
            var doc = batch.Command("""INSERT INTO "SearchDocuments" ("Kind", "FilmId", "PersonId", "Name", "Key", "IsPrimary", "Year", "Weight") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""");
            for (var f = 1; f <= titles; f++)
            {
                var title = Title(random, vocabulary);
                var year = 1910 + random.Next(116);
                film.Run(f, UniqueSlug(slugs, title, year, f), title, year, 70 + random.Next(110));
                // Zipf-like votes: a few films with hundreds of thousands, most with a handful.
                var votes = (int)Math.Min(2_500_000, 5 / Math.Pow(random.NextDouble() + 1e-6, 1.2));
                rating.Run(f, Math.Round(1 + random.NextDouble() * 9, 1), votes);
                for (var c = 0; c < CreditsPerFilm; c++) credit.Run(f, filmCast[f, c], c == 0 ? 1 : 0, c);
                var weight = FilmWeight(votes, CreditsPerFilm);
                var keys = new HashSet<string>(StringComparer.Ordinal);
                AddDoc(doc, keys, SearchKind.Film, f, null, title, true, year, weight);
                for (var a = random.Next(3); a > 0; a--)
                {
                    var other = Title(random, vocabulary);
                    aka.Run(f, other, "XWW");
                    AddDoc(doc, keys, SearchKind.Film, f, null, other, false, year, weight);
                }
                if (f % 53 == 0) samples.Add((title, null));
                batch.Tick();
            }
        }
        Console.WriteLine($"{titles:N0} films in {(DateTime.UtcNow - started).TotalSeconds:N0} s; merging the word index");
        Exec(db, "INSERT INTO \"SearchRanked\"(\"SearchRanked\") VALUES ('optimize');");
        Exec(db, "PRAGMA wal_checkpoint(TRUNCATE);");
        var docs = Convert.ToInt64(new SqliteCommand("SELECT count(*) FROM \"SearchDocuments\"", db).ExecuteScalar(), CultureInfo.InvariantCulture);
        Console.WriteLine($"{titles:N0} films, {people:N0} people, {titles * CreditsPerFilm:N0} credits, {docs:N0} search documents in {(DateTime.UtcNow - started).TotalSeconds:N0} s");
        WriteQueries(Path.Combine(args[0], "queries.txt"), samples, random);
        return 0;
    }

    // The app's film weight (SearchIndexSync.FilmWeight, SearchWeights.RefreshAsync): votes plus ten per credit.
    private static double FilmWeight(int votes, int credits) => votes + 10.0 * credits;

    private static void AddDoc(Batch.Statement doc, HashSet<string> keys, SearchKind kind, int? film, int? person, string name, bool primary, int? year, double weight)
    {
        var key = SearchKey.From(name);
        if (key.Length == 0 || !keys.Add(key)) return; // one document per distinct key, as the app writes them
        doc.Run((int)kind, film, person, name, key, primary ? 1 : 0, year, weight);
    }

    /// <summary>1,000 searches: a quarter each exact, prefix, one typo, and another spelling (transliteration, script, no accents).</summary>
    private static void WriteQueries(string path, List<(string Name, string? Other)> samples, Random random)
    {
        var queries = new List<string>();
        while (queries.Count < 1000)
        {
            var (name, other) = samples[random.Next(samples.Count)];
            var words = name.Split(' ');
            var query = (queries.Count % 4) switch
            {
                0 => name,
                1 => words.Length > 1 && random.Next(2) == 0 ? $"{words[0]} {words[1][..Math.Min(words[1].Length, 3)]}" : name[..Math.Min(name.Length, 3 + random.Next(4))].TrimEnd(),
                2 => Typo(name, random),
                _ => other ?? RemoveAccents(name).ToLowerInvariant(),
            };
            if (query is not null) queries.Add(query);
        }
        File.WriteAllLines(path, queries);
    }

    private static string? Typo(string text, Random random)
    {
        var words = text.Split(' ');
        var longest = words.OrderByDescending(w => w.Length).First();
        if (longest.Length < 6) return null;
        var at = 1 + random.Next(longest.Length - 2);
        var typo = random.Next(2) == 0
            ? longest[..at] + longest[at + 1] + longest[at] + longest[(at + 2)..] // two letters swapped
            : longest.Remove(at, 1);                                              // one left out
        return string.Join(' ', words.Select(w => w == longest ? typo : w));
    }

    private static string RemoveAccents(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new List<string>(CommonWords);
        var seen = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        while (words.Count < size)
        {
            var w = Word(random, 1 + random.Next(3));
            if (w.Length >= 3 && seen.Add(w)) words.Add(w);
        }
        return [.. words];
    }

    private static string Title(Random random, string[] vocabulary)
    {
        var count = 1 + Zipf(random, 4);
        var words = Enumerable.Range(0, count).Select(_ => vocabulary[Zipf(random, vocabulary.Length, 8)]).Where(w => w != "the");
        var title = Capital(string.Join(' ', words.Select(Capital)));
        if (title.Length == 0) title = "Untitled";
        return random.Next(5) == 0 ? $"The {title}" : title;
    }

    private static string Word(Random random, int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    // Log-uniform index: P(i) falls as 1/(i+head), the shape of word and name frequencies; a larger head flattens the
    // top (the commonest surname is about 0.3% of people, the commonest given name about 1.5%, as in real casts).
    private static int Zipf(Random random, int size, int head = 1) =>
        Math.Min(size - 1, (int)(head * Math.Exp(random.NextDouble() * Math.Log((size + head) / (double)head))) - head);

    private static string UniqueSlug(HashSet<string>? taken, string name, int? year, int id)
    {
        var slug = Marquee.Core.Text.Slug.From(year is null ? name : $"{name} {year}");
        if (slug.Length == 0) slug = "untitled";
        if (taken is null) return $"{slug}-{id}";
        return taken.Add(slug) ? slug : $"{slug}-{id}";
    }

    // Two common romanisations of Russian: the BGN-like one of passports and press ("Yuriy Borisov", "Aleksey"), and a
    // looser one ("Iurii", "Aleksei", "Eidelstein") readers also type.
    private static string Transliterate(string cyrillic, bool scholarly)
    {
        var sb = new StringBuilder();
        foreach (var ch in cyrillic)
        {
            var lower = char.ToLowerInvariant(ch);
            var latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => scholarly ? "e" : "yo", 'ж' => "zh",
                'з' => "z", 'и' => "i", 'й' => scholarly ? "i" : "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o",
                'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => scholarly ? "h" : "kh",
                'ц' => scholarly ? "tz" : "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => scholarly ? "sch" : "shch", 'ъ' => "", 'ы' => "y",
                'ь' => "", 'э' => "e", 'ю' => scholarly ? "iu" : "yu", 'я' => scholarly ? "ia" : "ya",
                _ => lower.ToString(),
            };
            sb.Append(ch != lower && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }
        return sb.ToString();
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var command = new SqliteCommand(sql, db);
        command.ExecuteNonQuery();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Prepared inserts committed every 50,000 rows.</summary>
    private sealed class Batch(SqliteConnection db) : IDisposable
    {
        private readonly List<Statement> statements = [];
        private SqliteTransaction transaction = db.BeginTransaction();
        private int rows;

        public Statement Command(string sql)
        {
            var statement = new Statement(new SqliteCommand(sql, db, transaction));
            statements.Add(statement);
            return statement;
        }

        public void Tick()
        {
            if (++rows % 50_000 != 0) return;
            transaction.Commit();
            transaction = db.BeginTransaction();
            foreach (var s in statements) s.Command.Transaction = transaction;
        }

        public void Dispose()
        {
            transaction.Commit();
            foreach (var s in statements) s.Command.Dispose();
        }

        public sealed class Statement(SqliteCommand command)
        {
            public SqliteCommand Command { get; } = command;

            public void Run(params object?[] values)
            {
                if (Command.Parameters.Count == 0)
                {
                    for (var i = 1; i <= values.Length; i++) Command.Parameters.Add(new SqliteParameter($"${i}", null));
                    Command.Prepare();
                }
                for (var i = 0; i < values.Length; i++) Command.Parameters[i].Value = values[i] ?? DBNull.Value;
                Command.ExecuteNonQuery();
            }
        }
    }
}

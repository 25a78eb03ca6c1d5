using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Marquee.Import.Catalog.Datasets;

/// <summary>
/// FiveThirtyEight's film tables: cast with characters and billing, crew by department (2016 films), biopic subjects
/// with the actors who played them, and Bechdel-test films with their IMDb ids. Two of the files are Latin-1.
/// </summary>
public static partial class FiveThirtyEight
{
    public const string Source = "fivethirtyeight";

    public enum Table { Cast, Crew, Biopics, Bechdel }

    /// <summary>The tables this importer reads, relative to the dataset folder, with their encodings and headers.</summary>
    public static readonly IReadOnlyList<(Table Table, string Path, Encoding Encoding, string Header)> Files =
    [
        (Table.Bechdel, "bechdel/movies.csv", Encoding.UTF8, "year,imdb,title,test,clean_test,binary,budget,domgross,intgross,code,budget_2013$,domgross_2013$,intgross_2013$,period code,decade code"),
        (Table.Biopics, "biopics/biopics.csv", Encoding.Latin1, "title,site,country,year_release,box_office,director,number_of_subjects,subject,type_of_subject,race_known,subject_race,person_of_color,subject_sex,lead_actor_actress"),
        (Table.Cast, "next-bechdel/nextBechdel_castGender.csv", Encoding.UTF8, "MOVIE,ACTOR,CHARACTER_NAME,TYPE,BILLING,GENDER"),
        (Table.Crew, "next-bechdel/nextBechdel_crewGender.csv", Encoding.Latin1, "MOVIE,DEPARTMENT,FULL_NAME,FIRST_NAME,IMDB,GENDER_PROB,GENDER_GUESS"),
    ];

    /// <summary>The cast and crew tables cover the top-grossing films of 2016 and carry no year of their own.</summary>
    public const int NextBechdelYear = 2016;

    public static async IAsyncEnumerable<(long Position, Parsed<CatalogFilm> Row)> ReadAsync(Table table, IEnumerable<(long Line, string[]? Fields, string? Error)> records)
    {
        await Task.CompletedTask;
        var group = new List<(long Line, string[] Fields)>();
        string? groupKey = null;
        foreach (var (line, fields, error) in records)
        {
            if (error is not null || fields is null) { yield return (line, Parsed<CatalogFilm>.Bad(error ?? "unreadable record")); continue; }
            if (table is Table.Bechdel) { yield return (line, Bechdel(fields)); continue; }
            var width = table switch { Table.Cast => 6, Table.Crew => 7, _ => 14 };
            if (fields.Length != width) { yield return (line, Parsed<CatalogFilm>.Bad($"expected {width} fields, found {fields.Length}")); continue; }
            // Rows of one film are consecutive: a film is complete when the next one starts.
            var key = table == Table.Biopics ? fields[1] : fields[0];
            if (groupKey is not null && key != groupKey)
            {
                yield return (group[^1].Line, Group(table, group));
                group.Clear();
            }
            groupKey = key;
            group.Add((line, fields));
        }
        if (group.Count > 0) yield return (group[^1].Line, Group(table, group));
    }

    private static Parsed<CatalogFilm> Group(Table table, List<(long Line, string[] Fields)> rows) => table switch
    {
        Table.Cast => Cast(rows),
        Table.Crew => Crew(rows),
        _ => Biopic(rows),
    };

    private static Parsed<CatalogFilm> Cast(List<(long Line, string[] Fields)> rows)
    {
        var title = rows[0].Fields[0].Trim();
        if (title.Length == 0) return Parsed<CatalogFilm>.Bad("MOVIE is empty");
        var credits = new List<CatalogCredit>();
        foreach (var (_, f) in rows)
        {
            var actor = f[1].Trim();
            if (actor.Length is 0 or > 200) continue;
            var billing = int.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b - 1 : 999;
            // "Madea/Joe/Brian": several roles for one actor, kept as one character line.
            var character = string.Join(" / ", f[2].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            credits.Add(new CatalogCredit(new CatalogPerson(actor), Cast: true, character.Length is 0 or > 200 ? null : character, Math.Max(0, billing)));
        }
        return Parsed<CatalogFilm>.Ok(new CatalogFilm(title, NextBechdelYear, Credits: credits));
    }

    [GeneratedRegex(@"^(?<title>.+?)_(?:\([IVX]+\) )?\((?<year>\d{4})\)$")]
    private static partial Regex CrewMovie();

    [GeneratedRegex(@"/name/(nm\d{7,10})/")]
    private static partial Regex NameUrl();

    [GeneratedRegex(@"/title/(tt\d{7,10})/")]
    private static partial Regex TitleUrl();

    private static Parsed<CatalogFilm> Crew(List<(long Line, string[] Fields)> rows)
    {
        // "Rogue One_(2016)", "Moana_(I) (2016)"
        if (CrewMovie().Match(rows[0].Fields[0].Trim()) is not { Success: true } m) return Parsed<CatalogFilm>.Bad($"MOVIE '{rows[0].Fields[0]}' is not like 'Title_(2016)'");
        var credits = new List<CatalogCredit>();
        var directors = new List<string>();
        foreach (var (line, f) in rows)
        {
            var name = f[2].Trim();
            if (name.Length is 0 or > 200) continue;
            var (department, job) = Department(f[1]);
            if (department is null) continue;
            var imdb = NameUrl().Match(f[4]) is { Success: true } id ? id.Groups[1].Value : null;
            if (job == Core.Films.CrewJobs.Director) directors.Add(name);
            credits.Add(new CatalogCredit(new CatalogPerson(name, imdb), Cast: false, null, credits.Count, department, job));
        }
        // Directors arrive as crew credits with their IMDb ids; named again as Directors they help the title-and-year merge.
        return Parsed<CatalogFilm>.Ok(new CatalogFilm(m.Groups["title"].Value.Trim(), int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
            Directors: directors, Credits: credits));
    }

    /// <summary>IMDb's department labels as the file spells them ("Directed by_") to a department and job; thanks are not credits.</summary>
    public static (string? Department, string? Job) Department(string label)
    {
        var clean = label.Trim().TrimEnd('_').Trim();
        return clean switch
        {
            "Directed by" => ("Directing", Core.Films.CrewJobs.Director),
            "Writing Credits" => ("Writing", Core.Films.CrewJobs.Writer),
            "Produced by" => ("Production", "Producer"),
            "Film Editing by" => ("Editing", "Editor"),
            "Cinematography by" => ("Camera", "Cinematography"),
            "Music by" => ("Sound", "Music"),
            "Production Design by" => ("Art", "Production Design"),
            "Casting By" => ("Production", "Casting"),
            "Thanks" or "" => (null, null),
            _ => (Trim(clean), Trim(clean)),
        };

        static string Trim(string s) => (s.EndsWith(" by", StringComparison.Ordinal) ? s[..^3] : s) is { Length: <= 100 } t ? t : s[..100];
    }

    private static Parsed<CatalogFilm> Biopic(List<(long Line, string[] Fields)> rows)
    {
        var f = rows[0].Fields;
        var title = f[0].Trim();
        if (title.Length is 0 or > 300) return Parsed<CatalogFilm>.Bad("title is empty or too long");
        if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1870 or > 2100) return Parsed<CatalogFilm>.Bad($"year_release '{f[3]}' is not a year");
        var imdb = TitleUrl().Match(f[1]) is { Success: true } id ? id.Groups[1].Value : null;
        var director = f[5].Trim();
        // One row per real-life subject: an actor who played two subjects gets one credit naming both.
        var credits = rows.Select(r => (Actor: r.Fields[13].Trim(), Subject: r.Fields[7].Trim()))
            .Where(r => r.Actor.Length is > 0 and <= 200)
            .GroupBy(r => r.Actor)
            .Select((g, i) => new CatalogCredit(new CatalogPerson(g.Key), Cast: true, string.Join(" / ", g.Select(r => r.Subject).Where(s => s.Length > 0).Distinct()) is { Length: > 0 and <= 200 } c ? c : null, i))
            .ToList();
        return Parsed<CatalogFilm>.Ok(new CatalogFilm(title, year, ImdbId: imdb, Directors: director.Length is > 0 and <= 200 ? [director] : [], Credits: credits));
    }

    private static Parsed<CatalogFilm> Bechdel(string[] f)
    {
        if (f.Length != 15) return Parsed<CatalogFilm>.Bad($"expected 15 fields, found {f.Length}");
        if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1870 or > 2100) return Parsed<CatalogFilm>.Bad($"year '{f[0]}' is not a year");
        var title = WebUtility.HtmlDecode(f[2]).Trim(); // "21 &amp; Over"
        if (title.Length is 0 or > 300) return Parsed<CatalogFilm>.Bad("title is empty or too long");
        var imdb = Regex.IsMatch(f[1], @"^tt\d{7,10}$") ? f[1] : null;
        return Parsed<CatalogFilm>.Ok(new CatalogFilm(title, year, ImdbId: imdb));
    }
}

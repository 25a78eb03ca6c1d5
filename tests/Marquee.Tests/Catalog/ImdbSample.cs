using System.IO.Compression;
using System.Text;

namespace Marquee.Tests.Catalog;

/// <summary>
/// A small set of files in IMDb's exact dataset format, written to a temp folder: two films, a TV episode to be
/// left out, alternative titles in Cyrillic, principals with characters, crew, ratings, and a few bad rows.
/// </summary>
public static class ImdbSample
{
    public const string AnoraId = "tt28607951";

    public static readonly string[] Basics =
    [
        "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres",
        $"{AnoraId}\tmovie\tAnora\tAnora\t0\t2024\t\\N\t139\tComedy,Drama,Romance",
        "tt3766394\tmovie\tHello, My Name Is Doris\tHello, My Name Is Doris\t0\t2015\t\\N\t90\tComedy,Drama,Romance",
        "tt0000001\ttvEpisode\tPilot\tPilot\t0\t2010\t\\N\t42\tDrama",
        "tt0000002\tmovie\tBroken Row\t0\t2001",                       // bad: five fields
        "tt0000003\tmovie\tWrong Year\tWrong Year\t0\t19x5\t\\N\t90\tDrama", // bad: year
        "tt0000004\tmovie\tMarathon\tMarathon\t0\t2011\t\\N\t5220\tDocumentary", // kept, runtime dropped
        "xx0000005\tmovie\tNo Id\tNo Id\t0\t2001\t\\N\t90\tDrama",       // bad: id
    ];

    public static readonly string[] Ratings =
    [
        "tconst\taverageRating\tnumVotes",
        $"{AnoraId}\t7.5\t180000",
        "tt3766394\t6.7\t30000",
        "tt0000001\t8.0\t100",
    ];

    public static readonly string[] Akas =
    [
        "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle",
        $"{AnoraId}\t1\tAnora\t\\N\t\\N\toriginal\t\\N\t1",
        $"{AnoraId}\t2\tАнора\tRU\t\\N\timdbDisplay\t\\N\t0",
        $"{AnoraId}\t3\tAnora\tUS\t\\N\timdbDisplay\t\\N\t0",
        "tt3766394\t1\tHola, mi nombre es Doris\tES\t\\N\timdbDisplay\t\\N\t0",
    ];

    public static readonly string[] Names =
    [
        "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles",
        "nm0048918\tSean Baker\t1971\t\\N\twriter,director,producer\ttt28607951",
        "nm8680351\tMikey Madison\t1999\t\\N\tactress\ttt28607951",
        "nm9876543\tMark Eydelshteyn\t2002\t\\N\tactor\ttt28607951",
        "nm0005218\tSally Field\t1946\t\\N\tactress\ttt3766394",
        "nm1234567\t\\N\t1950\t\\N\tactor\t\\N",                         // bad: no name
    ];

    public static readonly string[] Principals =
    [
        "tconst\tordering\tnconst\tcategory\tjob\tcharacters",
        $"{AnoraId}\t1\tnm8680351\tactress\t\\N\t[\"Ani\",\"Anora\"]",
        $"{AnoraId}\t2\tnm9876543\tactor\t\\N\t[\"Vanya Zakharov\"]",
        $"{AnoraId}\t3\tnm0048918\tdirector\t\\N\t\\N",
        $"{AnoraId}\t4\tnm0000009\tactor\t\\N\t[\"Nobody\"]",             // bad: person not in name.basics
        "tt3766394\t1\tnm0005218\tactress\t\\N\t[\"Doris Miller\"]",
        "tt0000001\t1\tnm0005218\tactress\t\\N\t[\"Someone\"]",           // skipped: not a film
        "tt3766394\t2\tnm0005218\tactress\t\\N\t[\"Doris",                // bad: broken JSON
    ];

    public static readonly string[] Crew =
    [
        "tconst\tdirectors\twriters",
        $"{AnoraId}\tnm0048918\tnm0048918",
        "tt0000001\tnm0048918\t\\N",
    ];

    /// <summary>Writes the files to a new folder, gzip'd like IMDb's downloads, or plain.</summary>
    public static string Write(bool gzip = true)
    {
        var dir = Path.Combine(Path.GetTempPath(), "marquee-imdb", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        WriteFile(dir, "title.basics", Basics, gzip);
        WriteFile(dir, "title.ratings", Ratings, gzip);
        WriteFile(dir, "title.akas", Akas, gzip);
        WriteFile(dir, "name.basics", Names, gzip);
        WriteFile(dir, "title.principals", Principals, gzip);
        WriteFile(dir, "title.crew", Crew, gzip);
        return dir;
    }

    public static string WriteFile(string dir, string baseName, IEnumerable<string> lines, bool gzip)
    {
        var path = Path.Combine(dir, baseName + (gzip ? ".tsv.gz" : ".tsv"));
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        if (!gzip)
        {
            File.WriteAllBytes(path, bytes);
            return path;
        }
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(bytes);
        return path;
    }
}

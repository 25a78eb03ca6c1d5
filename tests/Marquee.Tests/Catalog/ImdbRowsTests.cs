using Marquee.Import.Catalog.Imdb;

namespace Marquee.Tests.Catalog;

/// <summary>The pure IMDb row parsers: good rows become records, bad rows say why.</summary>
public sealed class ImdbRowsTests
{
    private static readonly HashSet<string> Films = ["movie"];

    [Theory]
    [InlineData("tt28607951\tmovie\tAnora\tAnora\t0\t2024\t\\N\t139\tComedy,Drama,Romance", null)]
    [InlineData("tt28607951\tmovie\tAnora\t0\t2024", "expected 9 tab-separated fields, found 5")]
    [InlineData("t28607951\tmovie\tAnora\tAnora\t0\t2024\t\\N\t139\tDrama", "tconst 't28607951' is not an IMDb title id")]
    [InlineData("tt28607951\tmovie\t\\N\t\\N\t0\t2024\t\\N\t139\tDrama", "primaryTitle is empty")]
    [InlineData("tt28607951\tmovie\tAnora\tAnora\t0\t20x4\t\\N\t139\tDrama", "startYear '20x4' is not a year from 1870 to 2040")]
    [InlineData("tt28607951\tmovie\tAnora\tAnora\t0\t1850\t\\N\t139\tDrama", "startYear '1850' is not a year from 1870 to 2040")]
    [InlineData("tt28607951\tmovie\tAnora\tAnora\t0\t2024\t\\N\tlong\tDrama", "runtimeMinutes 'long' is not a number")]
    public void Basics_rows(string line, string? error)
    {
        var parsed = ImdbRows.Basics(line.Split('\t'), Films, 2040);
        Assert.Equal(error, parsed.Error);
        if (error is null)
        {
            Assert.Equal(new DateOnly(2024, 1, 1).Year, parsed.Value!.StartYear);
            Assert.Equal(139, parsed.Value.RuntimeMinutes);
            Assert.Equal(["Comedy", "Drama", "Romance"], parsed.Value.Genres);
            Assert.Null(parsed.Value.OriginalTitle); // same as the title: not repeated
        }
    }

    [Fact]
    public void Other_title_types_are_skipped_not_reported()
    {
        var parsed = ImdbRows.Basics("tt0000001\ttvEpisode\tPilot\tPilot\t0\t2010\t\\N\t42\tDrama".Split('\t'), Films, 2040);
        Assert.Null(parsed.Error);
        Assert.Null(parsed.Value);
    }

    [Fact]
    public void An_impossible_runtime_is_dropped_with_a_note()
    {
        var parsed = ImdbRows.Basics("tt0000004\tmovie\tMarathon\tMarathon\t0\t2011\t\\N\t5220\t\\N".Split('\t'), Films, 2040);
        Assert.Null(parsed.Value!.RuntimeMinutes);
        Assert.Empty(parsed.Value.Genres);
        Assert.Contains("5220", parsed.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tt1\t1\tnm8680351\tactress\t\\N\t[\"Ani\"]", "tconst 'tt1' is not an IMDb title id")]
    [InlineData("tt28607951\tone\tnm8680351\tactress\t\\N\t[\"Ani\"]", "ordering 'one' is not a number")]
    [InlineData("tt28607951\t1\tnm86\tactress\t\\N\t[\"Ani\"]", "nconst 'nm86' is not an IMDb name id")]
    [InlineData("tt28607951\t1\tnm8680351\tactress\t\\N\t[\"Ani", "characters '[\"Ani' is not a JSON list of names")]
    [InlineData("tt28607951\t1\tnm8680351\t\\N\t\\N\t\\N", "category is empty")]
    public void Bad_principals_say_why(string line, string error) => Assert.Equal(error, ImdbRows.Principal(line.Split('\t')).Error);

    [Fact]
    public void Principal_characters_are_a_json_list()
    {
        var p = ImdbRows.Principal("tt28607951\t1\tnm8680351\tactress\t\\N\t[\"Ani\",\"Anora\"]".Split('\t')).Value!;
        Assert.Equal(["Ani", "Anora"], p.Characters);
        Assert.Null(p.Job);
    }

    [Theory]
    [InlineData("nm0048918\tSean Baker\t1971\t\\N\tdirector\ttt28607951", null)]
    [InlineData("nm0048918\tSean Baker\t1971", "expected 6 tab-separated fields, found 3")]
    [InlineData("nm0048918\t\\N\t1971\t\\N\tdirector\t\\N", "primaryName is empty")]
    [InlineData("nm0048918\tSean Baker\tabc\t\\N\tdirector\t\\N", "birthYear 'abc' is not a year")]
    public void Name_rows(string line, string? error) => Assert.Equal(error, ImdbRows.Name(line.Split('\t'), 2040).Error);

    [Theory]
    [InlineData("tt28607951\t7.5\t180000", null)]
    [InlineData("tt28607951\t11\t5", "averageRating '11' is not a rating from 0 to 10")]
    [InlineData("tt28607951\t7.5\tmany", "numVotes 'many' is not a number")]
    public void Rating_rows(string line, string? error) => Assert.Equal(error, ImdbRows.Rating(line.Split('\t')).Error);

    [Theory]
    [InlineData("actress", null, true, null, null)]
    [InlineData("director", null, false, "Directing", "Director")]
    [InlineData("writer", "screenplay", false, "Writing", "Screenplay")]
    [InlineData("cinematographer", null, false, "Camera", "Cinematography")]
    [InlineData("composer", null, false, "Sound", "Music")]
    public void Categories_become_credits(string category, string? job, bool cast, string? department, string? expectedJob) =>
        Assert.Equal((cast, department, expectedJob), ImdbFiles.Role(category, job));

    [Theory]
    [InlineData("title.basics.tsv.gz", ImdbFileKind.TitleBasics)]
    [InlineData("name.basics.tsv", ImdbFileKind.NameBasics)]
    [InlineData("title.principals.tsv.gz", ImdbFileKind.TitlePrincipals)]
    [InlineData("movies.json", null)]
    public void Files_are_known_by_name(string name, ImdbFileKind? kind) => Assert.Equal(kind, ImdbFiles.KindOf(name));
}

using System.Text.Json;
using Marquee.Core.Names;
using Marquee.Core.Scores;
using Marquee.Import.Articles;
using Marquee.Core.Text;

namespace Marquee.Import.Tests.Articles;

/// <summary>The sample articles in ../shared/data/articles against their hand annotations.</summary>
public class SampleArticleTests(ITestOutputHelper output)
{
    private static readonly Lazy<EvaluationReport> Everything = new(() => ArticleEvaluator.Evaluate(SampleArticles.Directory));
    private static readonly Lazy<EvaluationReport> Report = new(() => Everything.Value.Only([.. SampleArticles.WorkedOn]));

    public static TheoryData<string> Slugs() => [.. SampleArticles.WorkedOn];

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Title_score_and_spoiler_flag_match_the_gold(string slug)
    {
        var article = ArticleParser.ParseText(SampleArticles.Text(slug), TestContext.Current.CancellationToken);
        using var gold = JsonDocument.Parse(File.ReadAllText(SampleArticles.Path(slug, ".gold.json")));
        var g = gold.RootElement;
        Assert.Equal(g.GetProperty("film_title").GetString(), article.FilmTitle);
        Assert.Equal(g.GetProperty("has_spoiler_warning").GetBoolean(), article.HasSpoilerWarning);
        var score = g.GetProperty("score");
        if (score.ValueKind == JsonValueKind.Null) Assert.Null(article.Score);
        else
        {
            Assert.NotNull(article.Score);
            var value = score.GetProperty("value");
            if (value.ValueKind == JsonValueKind.String) Assert.Equal(value.GetString(), article.Score.Grade);
            else Assert.Equal(value.GetDecimal(), article.Score.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Credits_are_precise_and_mostly_complete(string slug)
    {
        var evaluation = Report.Value.Articles.Single(a => a.Slug == slug);
        foreach (var d in evaluation.Differences) output.WriteLine(d);
        var credits = evaluation.Fields.Single(f => f.Field == "credits");
        Assert.True(credits.Precision >= 0.9, $"credit precision {credits.Precision:0.00}");
        Assert.True(credits.Recall >= 0.8, $"credit recall {credits.Recall:0.00}");
    }

    [Fact]
    public void The_evaluation_meets_the_targets_on_the_sample()
    {
        var report = Report.Value;
        output.WriteLine(report.Format());
        Assert.Equal(SampleArticles.WorkedOn.Count, report.Articles.Count);
        Assert.True(report["credits"].Precision >= 0.95 && report["credits"].Recall >= 0.9, report.Format());
        Assert.Equal(1.0, report["film_title"].F1);
        Assert.Equal(1.0, report["score"].F1);
        Assert.Equal(1.0, report["has_spoiler_warning"].F1);
        Assert.Equal(1.0, report["name_variants"].Precision);
        Assert.True(report["name_variants"].Recall >= 0.9, report.Format());
        Assert.True(report["cast_list"].F1 >= 0.95, report.Format());
        Assert.True(report["people"].F1 >= 0.9, report.Format());
        Assert.True(report.Overall.F1 >= 0.95, report.Format());
    }

    [Fact]
    public void Every_article_in_the_folder_is_read_and_the_rest_are_reported()
    {
        var all = SampleArticles.Slugs().ToList();
        Assert.Equal(all, Everything.Value.Articles.Select(a => a.Slug));
        Assert.Superset(SampleArticles.WorkedOn.ToHashSet(), all.ToHashSet());
        var rest = all.Except(SampleArticles.WorkedOn).ToList();
        output.WriteLine($"Worked on ({SampleArticles.WorkedOn.Count}):\n{Report.Value.Format()}");
        output.WriteLine($"Not worked on ({rest.Count}):\n{Everything.Value.Only(rest).Format()}");
    }

    [Fact]
    public void The_Anora_seed_article_is_read_exactly()
    {
        var a = ArticleParser.ParseText(SampleArticles.Text("anora-collider-2024"), TestContext.Current.CancellationToken);
        Assert.Equal("Anora", a.FilmTitle);
        Assert.Equal(new DateOnly(2024, 11, 2), a.PublicationDate);
        Assert.True(a.HasSpoilerWarning);
        Assert.Equal("Editor's note: The following contains spoilers for 'Anora'", a.SpoilerNote);
        Assert.Equal(9m, a.Score!.Value);
        Assert.Equal(ScoreScale.OutOf10, a.Score.Scale);
        Assert.Equal(90m, a.Score.Normalised);
        Assert.Equal(["Sean Baker"], a.Directors);
        Assert.Equal(139, a.RuntimeMinutes);
        Assert.Equal(new DateOnly(2024, 10, 18), a.ReleaseDateStated);
        Assert.Equal(23, a.CastList.Count);
        Assert.Equal("Mikey Madison", a.CastList[0]);
        Assert.Equal("Zoë Vnak", a.CastList[^1]);
        Assert.Equal(["Neon"], a.ImageCredits);
        Assert.Equal(3, a.Headings.Count);
        Assert.DoesNotContain(a.Paragraphs, p => p is "Close" or "Expand" || p.Contains("showtimes", StringComparison.Ordinal));

        string[][] pairs =
        [
            ["Mikey Madison", "Anora"], ["Mark Eidelstein", "Vanya Zakharov"], ["Aleksei Serebryakov", "Nikolai"],
            ["Karren Karagulian", "Toros"], ["Yura Borisov", "Igor"], ["Vache Tovmasyan", "Garnick"], ["Darya Ekamasova", "Galina"],
        ];
        Assert.Equal(pairs.Select(p => $"{p[0]} → {p[1]}").Order(), a.Credits.Select(c => $"{c.Person} → {c.Character}").Order());
        Assert.Contains("Ani", a.Credits.Single(c => c.Character == "Anora").CharacterAliases);
        Assert.Contains("Vanya", a.Credits.Single(c => c.Character == "Vanya Zakharov").CharacterAliases);
        Assert.DoesNotContain(a.Credits, c => c.Character.Contains("Pretty Woman", StringComparison.Ordinal));

        string[][] variants = [["Mark Eidelstein", "Mark Eydelshteyn"], ["Yura Borisov", "Yuriy Borisov"], ["Aleksei Serebryakov", "Aleksey Serebryakov"]];
        Assert.Equal(variants.Select(v => string.Join('|', v)).Order(), a.NameVariants.Select(v => $"{v.First}|{v.Second}").Order());
    }

    [Fact]
    public void Body_and_card_spellings_are_both_people()
    {
        var a = ArticleParser.ParseText(SampleArticles.Text("thecoast-melancholia"), TestContext.Current.CancellationToken);
        Assert.Contains("Keifer Sutherland", a.People);
        Assert.Contains("Kiefer Sutherland", a.People);
        Assert.Contains(a.NameVariants, v => TextFold.Same(v.First, "Keifer Sutherland") && TextFold.Same(v.Second, "Kiefer Sutherland"));
    }

    [Fact]
    public void Json_uses_the_gold_field_names()
    {
        var json = ArticleJson.Serialize(ArticleParser.ParseText(SampleArticles.Text("anora-collider-2024"), TestContext.Current.CancellationToken));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var field in new[] { "film_title", "publication_date", "score", "has_spoiler_warning", "directors", "credits", "cast_list",
                     "runtime_minutes", "release_date_stated", "people", "name_variants", "headings", "image_credits", "normalised_score" })
            Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal(9, root.GetProperty("score").GetProperty("value").GetInt32());
        Assert.Equal(10, root.GetProperty("score").GetProperty("scale").GetInt32());
        Assert.Equal("9 10", root.GetProperty("score").GetProperty("raw").GetString());
        Assert.Equal(90, root.GetProperty("normalised_score").GetDecimal());
        Assert.Equal("2024-11-02", root.GetProperty("publication_date").GetString());
        Assert.Contains("Zoë Vnak", json, StringComparison.Ordinal);
        Assert.Equal("Ani", root.GetProperty("credits")[0].GetProperty("character_aliases")[0].GetString());
    }

    [Fact]
    public void Letter_grades_serialise_as_letters()
    {
        using var doc = JsonDocument.Parse(ArticleJson.Serialize(ArticleParser.ParseText(SampleArticles.Text("weirdwhalecandy-me-and-orson-welles"), TestContext.Current.CancellationToken)));
        var score = doc.RootElement.GetProperty("score");
        Assert.Equal("B+", score.GetProperty("value").GetString());
        Assert.Equal("letter", score.GetProperty("scale").GetString());
    }
}

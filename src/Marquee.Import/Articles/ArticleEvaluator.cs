using System.Globalization;
using System.Text.Json;
using Marquee.Core.Names;
using Marquee.Core.Scores;
using Marquee.Core.Text;

namespace Marquee.Import.Articles;

/// <summary>
/// Runs the parser over every *.txt / *.html with a sibling *.gold.json and scores each field. Lists are scored over
/// items, pairs over exact pairs after folding case and diacritics (a credit's character may match the gold's
/// character, full name or an alias), scalars by exact match.
/// </summary>
public static class ArticleEvaluator
{
    public static readonly string[] FieldNames =
        ["film_title", "publication_date", "score", "has_spoiler_warning", "directors", "credits", "cast_list",
         "runtime_minutes", "release_date_stated", "people", "name_variants"];

    public static EvaluationReport Evaluate(string directory)
    {
        var articles = new List<ArticleEvaluation>();
        foreach (var gold in Directory.EnumerateFiles(directory, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(gold)[..^".gold.json".Length];
            var txt = Path.Combine(directory, slug + ".txt");
            var html = Path.Combine(directory, slug + ".html");
            ExtractedArticle predicted;
            try
            {
                if (File.Exists(txt)) predicted = ArticleParser.ParseText(File.ReadAllText(txt));
                else if (File.Exists(html)) predicted = ArticleParser.ParseHtml(File.ReadAllText(html), null);
                else continue;
            }
            catch (ArticleTooComplexException e)
            {
                predicted = ExtractedArticle.Empty(e.Message); // scored as nothing found
            }
            using var json = JsonDocument.Parse(File.ReadAllText(gold));
            articles.Add(Compare(slug, predicted, json.RootElement));
        }
        return Summarise(articles);
    }

    /// <summary>Per-field and overall figures over the given articles' evaluations.</summary>
    public static EvaluationReport Summarise(IReadOnlyList<ArticleEvaluation> articles)
    {
        var fields = FieldNames.Select(name => articles.SelectMany(a => a.Fields).Where(f => f.Field == name)
            .Aggregate(new FieldScore(name, 0, 0, 0), (sum, f) => sum.Add(f))).ToList();
        var overall = fields.Aggregate(new FieldScore("overall (micro)", 0, 0, 0), (sum, f) => sum.Add(f) with { Field = sum.Field });
        return new EvaluationReport(fields, overall, articles);
    }

    public static string Format(EvaluationReport report) => report.Format();

    public static ArticleEvaluation Compare(string slug, ExtractedArticle p, JsonElement gold)
    {
        var diffs = new List<string>();
        var fields = new List<FieldScore>
        {
            Scalar("film_title", p.FilmTitle, Str(gold, "film_title"), diffs),
            Scalar("publication_date", Date(p.PublicationDate), Str(gold, "publication_date"), diffs),
            Scalar("score", ScoreKey(p), GoldScoreKey(gold), diffs),
            Scalar("has_spoiler_warning", p.HasSpoilerWarning ? "true" : "false",
                gold.TryGetProperty("has_spoiler_warning", out var s) && s.ValueKind == JsonValueKind.True ? "true" : "false", diffs),
            Items("directors", p.Directors, List(gold, "directors"), diffs),
            Credits(p.Credits, gold, diffs),
            Items("cast_list", p.CastList, List(gold, "cast_list"), diffs),
            Scalar("runtime_minutes", p.RuntimeMinutes?.ToString(CultureInfo.InvariantCulture), Str(gold, "runtime_minutes"), diffs),
            Scalar("release_date_stated", Date(p.ReleaseDateStated), Str(gold, "release_date_stated"), diffs),
            Items("people", p.People, List(gold, "people"), diffs),
            Items("name_variants", p.NameVariants.Select(v => PairKey(v.First, v.Second)), Pairs(gold).Select(v => PairKey(v.Item1, v.Item2)), diffs),
        };
        return new ArticleEvaluation(slug, fields, diffs);
    }

    private static FieldScore Scalar(string field, string? predicted, string? gold, List<string> diffs)
    {
        var (p, g) = (predicted is null ? null : TextFold.Words(predicted), gold is null ? null : TextFold.Words(gold));
        if (p == g) return new FieldScore(field, p is null ? 0 : 1, 0, 0);
        diffs.Add($"{field}: got '{predicted}', gold '{gold}'");
        return new FieldScore(field, 0, p is null ? 0 : 1, g is null ? 0 : 1);
    }

    private static FieldScore Items(string field, IEnumerable<string> predicted, IEnumerable<string> gold, List<string> diffs)
    {
        var p = predicted.Select(x => TextFold.Words(x)).ToHashSet(StringComparer.Ordinal);
        var g = gold.Select(x => TextFold.Words(x)).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in p.Except(g)) diffs.Add($"{field}: invented '{extra}'");
        foreach (var missed in g.Except(p)) diffs.Add($"{field}: missed '{missed}'");
        return new FieldScore(field, p.Intersect(g).Count(), p.Except(g).Count(), g.Except(p).Count());
    }

    private static FieldScore Credits(IReadOnlyList<ExtractedCredit> predicted, JsonElement gold, List<string> diffs)
    {
        var golds = gold.TryGetProperty("credits", out var arr) ? arr.EnumerateArray().Select(c => (
            Person: TextFold.Words(Str(c, "person") ?? ""),
            Names: new[] { Str(c, "character"), Str(c, "character_full") }.Concat(List(c, "character_aliases"))
                .Where(n => n is not null).Select(n => TextFold.Words(n!)).ToHashSet(StringComparer.Ordinal),
            Label: $"{Str(c, "person")} → {Str(c, "character")}")).ToList() : [];
        var matched = new bool[golds.Count];
        var tp = 0;
        foreach (var c in predicted)
        {
            var names = c.CharacterAliases.Append(c.Character).Select(n => TextFold.Words(n)).ToHashSet(StringComparer.Ordinal);
            var i = golds.FindIndex(g => !matched[golds.IndexOf(g)] && g.Person == TextFold.Words(c.Person) && g.Names.Overlaps(names));
            if (i >= 0) { matched[i] = true; tp++; }
            else diffs.Add($"credits: invented {c.Person} → {c.Character}");
        }
        for (var i = 0; i < golds.Count; i++) if (!matched[i]) diffs.Add($"credits: missed {golds[i].Label}");
        return new FieldScore("credits", tp, predicted.Count - tp, golds.Count - tp);
    }

    private static string? ScoreKey(ExtractedArticle p) => p.Score is null ? null
        : p.Score.Grade is not null ? $"{p.Score.Grade}/letter" : $"{p.Score.Value?.ToString(CultureInfo.InvariantCulture)}/{p.Score.Scale.Maximum()}";

    private static string? GoldScoreKey(JsonElement gold)
    {
        if (!gold.TryGetProperty("score", out var s) || s.ValueKind != JsonValueKind.Object) return null;
        var value = s.GetProperty("value");
        var v = value.ValueKind == JsonValueKind.Number ? value.GetDecimal().ToString("0.##", CultureInfo.InvariantCulture) : value.GetString();
        var scale = s.TryGetProperty("scale", out var sc) ? sc.ValueKind == JsonValueKind.Number ? sc.GetRawText() : sc.GetString() : null;
        return $"{v}/{scale}";
    }

    private static string PairKey(string a, string b) =>
        string.Join(" | ", new[] { TextFold.Words(a), TextFold.Words(b) }.Order(StringComparer.Ordinal));

    private static IEnumerable<(string, string)> Pairs(JsonElement gold) =>
        gold.TryGetProperty("name_variants", out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Select(p => (p[0].GetString() ?? "", p[1].GetString() ?? ""))
            : [];

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static IEnumerable<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
            : [];
}

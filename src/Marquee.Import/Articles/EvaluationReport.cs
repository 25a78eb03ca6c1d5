using System.Globalization;
using System.Text;

namespace Marquee.Import.Articles;

/// <summary>True positives, false positives and false negatives of one field, with precision, recall and F1.</summary>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public FieldScore Add(FieldScore other) =>
        this with { TruePositives = TruePositives + other.TruePositives, FalsePositives = FalsePositives + other.FalsePositives, FalseNegatives = FalseNegatives + other.FalseNegatives };
}

/// <summary>One article's field scores and what was missed or invented, for reading failures.</summary>
public sealed record ArticleEvaluation(string Slug, IReadOnlyList<FieldScore> Fields, IReadOnlyList<string> Differences);

/// <summary>Per-field and overall (micro-averaged) figures over a folder of annotated articles.</summary>
public sealed record EvaluationReport(IReadOnlyList<FieldScore> Fields, FieldScore Overall, IReadOnlyList<ArticleEvaluation> Articles)
{
    public FieldScore this[string field] => Fields.First(f => f.Field == field);

    /// <summary>The same figures over only some of the articles (a worked-on or a set-aside part of a corpus).</summary>
    public EvaluationReport Only(IReadOnlyCollection<string> slugs) =>
        ArticleEvaluator.Summarise([.. Articles.Where(a => slugs.Contains(a.Slug))]);

    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"field",-22} {"P",6} {"R",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5}");
        foreach (var f in Fields.Append(Overall))
            sb.AppendLine(CultureInfo.InvariantCulture, $"{f.Field,-22} {f.Precision,6:0.000} {f.Recall,6:0.000} {f.F1,6:0.000} {f.TruePositives,5} {f.FalsePositives,5} {f.FalseNegatives,5}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Articles.Count} articles");
        return sb.ToString();
    }
}

using Marquee.Import.Articles;

namespace Marquee.Import.Tests;

public class EvaluationPrintout(ITestOutputHelper output)
{
    [Fact]
    public void Prints_the_evaluation_of_the_sample_articles()
    {
        var report = ArticleEvaluator.Evaluate(SampleArticles.Directory);
        output.WriteLine(report.Format());
        foreach (var a in report.Articles)
            foreach (var d in a.Differences) output.WriteLine($"{a.Slug}: {d}");
        File.WriteAllText(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "marquee-article-eval.txt"), report.Format() + string.Join("\n", report.Articles.SelectMany(a => a.Differences.Select(d => a.Slug + ": " + d))));
        Assert.Equal(13, report.Articles.Count);
    }
}

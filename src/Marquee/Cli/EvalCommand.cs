using System.CommandLine;
using Marquee.Import.Articles;

namespace Marquee.Cli;

/// <summary>`marquee eval articles DIR`: precision, recall and F1 of the article importer against gold annotations.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "A folder of *.txt / *.html articles, each with a *.gold.json beside it." };
        var articles = new Command("articles", "Score the article importer against hand-made gold files.") { dir };
        articles.SetAction(parse =>
        {
            var path = parse.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                Console.Error.WriteLine($"error: {path}: no such folder.");
                return 2;
            }
            if (!Directory.EnumerateFiles(path, "*.gold.json").Any())
            {
                Console.Error.WriteLine($"error: {path}: no *.gold.json files to compare with.");
                return 2;
            }
            var report = ArticleEvaluator.Evaluate(path);
            Console.Write(ArticleEvaluator.Format(report));
            return 0;
        });
        return new Command("eval", "Measure the importers against annotated samples.") { articles };
    }
}

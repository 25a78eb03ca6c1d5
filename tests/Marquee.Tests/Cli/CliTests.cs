using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Cli;

/// <summary>The real executable, run as a process.</summary>
public sealed class CliTests
{
    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => MarqueeCli.RunAsync(args);

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("serve", output, StringComparison.Ordinal);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("users", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_then_users_add_prints_a_token_once()
    {
        var data = TestEnvironment.NewDataDirectory();
        var (code, output, _) = await RunAsync("migrate", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("applied", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "marquee.db")));

        var (addCode, addOut, _) = await RunAsync("users", "add", "critic-one", "--role", "editor", "--data", data);
        Assert.Equal(0, addCode);
        var token = addOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        Assert.StartsWith("mq_", token, StringComparison.Ordinal);
        Assert.True(token.Length > 40);

        var (dupCode, _, dupErr) = await RunAsync("users", "add", "critic-one", "--role", "editor", "--data", data);
        Assert.NotEqual(0, dupCode);
        Assert.Contains("exists", dupErr, StringComparison.Ordinal);

        var (roleCode, _, roleErr) = await RunAsync("users", "add", "someone", "--role", "emperor", "--data", data);
        Assert.NotEqual(0, roleCode);
        Assert.Contains("role", roleErr, StringComparison.Ordinal);

        var (listCode, listOut, _) = await RunAsync("users", "list", "--data", data);
        Assert.Equal(0, listCode);
        Assert.Contains("critic-one\teditor", listOut, StringComparison.Ordinal);
        Assert.DoesNotContain("someone", listOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_article_prints_the_gold_fields_as_json()
    {
        var (code, output, _) = await RunAsync("import", "article", Path.Combine(SharedData.Articles, "anora-collider-2024.txt"), "--json");
        Assert.Equal(0, code);
        var article = System.Text.Json.Nodes.JsonNode.Parse(output)!;
        Assert.Equal("Anora", (string?)article["film_title"]);
        Assert.Equal(9m, (decimal?)article["score"]!["value"]);
        Assert.Equal(10m, (decimal?)article["score"]!["scale"]);
        Assert.Equal(139, (int?)article["runtime_minutes"]);
        Assert.True((bool?)article["has_spoiler_warning"]);
        Assert.Contains(article["credits"]!.AsArray(), c => (string?)c!["person"] == "Yura Borisov" && (string?)c["character"] == "Igor");
        Assert.Contains(article["image_credits"]!.AsArray(), c => (string?)c == "Neon");
        Assert.Equal(23, article["cast_list"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("no-such-file.txt", "no such file")]
    [InlineData("latin1.txt", "not valid UTF-8")]
    public async Task Import_article_names_the_file_when_it_cannot_be_read(string name, string message)
    {
        var dir = TestEnvironment.NewDataDirectory();
        var path = Path.Combine(dir, name);
        if (name == "latin1.txt") await File.WriteAllBytesAsync(path, [0x5A, 0x6F, 0xEB, 0x20, 0x56, 0x6E, 0x61, 0x6B], TestContext.Current.CancellationToken);
        var (code, _, error) = await RunAsync("import", "article", path, "--json");
        Assert.Equal(2, code);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_articles_reports_precision_recall_and_f1_per_field()
    {
        var (code, output, _) = await RunAsync("eval", "articles", SharedData.Articles);
        Assert.Equal(0, code);
        foreach (var field in new[] { "film_title", "score", "credits", "cast_list", "people", "name_variants", "overall" })
            Assert.Contains(field, output, StringComparison.Ordinal);
        var overall = output.Split('\n').Single(l => l.StartsWith("overall", StringComparison.Ordinal));
        var f1 = double.Parse(overall.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(f1, 0.8, 1.0);

        var (emptyCode, _, emptyError) = await RunAsync("eval", "articles", TestEnvironment.NewDataDirectory());
        Assert.Equal(2, emptyCode);
        Assert.Contains("gold", emptyError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_fails_with_a_message()
    {
        var (code, _, error) = await RunAsync("frobnicate");
        Assert.NotEqual(0, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }
}

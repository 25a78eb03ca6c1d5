using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Marquee.Tests.Infrastructure;
using Markdig;
using Markdig.Syntax;

namespace Marquee.Tests.Cli;

/// <summary>
/// The README's shell examples, run as written against a fresh `marquee serve` with the demo content: every `sh`
/// block in order, in one shell, with `marquee` on the PATH and 127.0.0.1:5000 pointing at that server. A curl
/// must answer 2xx/3xx unless its line ends in a comment that starts with the status it shows (`# 400 …`); any other
/// command must exit 0. A block right after `&lt;!-- not run: reason --&gt;` is left out (a server start, IMDb's files).
/// </summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public async Task Every_shell_example_in_the_readme_runs_as_written()
    {
        var ct = TestContext.Current.CancellationToken;
        var examples = ReadmeExamples.Read(SharedData.RepositoryFile("README.md"));
        Assert.True(examples.Count >= 8, $"only {examples.Count} examples found in the README");

        await using var app = await ServedApp.StartAsync(ct);
        var work = Workspace();
        var script = Script(examples, app.BaseAddress.ToString().TrimEnd('/'));
        await File.WriteAllTextAsync(Path.Combine(work, "readme.sh"), script, ct);

        var start = new ProcessStartInfo("bash", ["readme.sh"])
        {
            WorkingDirectory = work, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["PATH"] = Path.Combine(work, "bin") + ":" + start.Environment["PATH"];
        start.Environment["MARQUEE_DATA"] = app.DataDirectory;
        start.Environment.Remove("MARQUEE_DATABASE");
        start.Environment.Remove("MARQUEE_PASSWORD");
        using var shell = Process.Start(start)!;
        // `marquee users password NAME` reads the new password from standard input.
        await shell.StandardInput.WriteLineAsync("Another-long-one-2");
        shell.StandardInput.Close();
        var output = shell.StandardOutput.ReadToEndAsync(ct);
        var errors = shell.StandardError.ReadToEndAsync(ct);
        await shell.WaitForExitAsync(ct);
        Assert.True(shell.ExitCode == 0, $"{await errors}\n--- output ---\n{Tail(await output)}");
    }

    // A folder laid out like a checkout's parent, so the examples' ../shared/data paths reach the shared sample data.
    private static string Workspace()
    {
        var root = TestEnvironment.NewDataDirectory();
        var work = Directory.CreateDirectory(Path.Combine(root, "marquee")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(root, "shared"), Path.GetDirectoryName(Path.GetDirectoryName(SharedData.Catalog))!);
        var bin = Directory.CreateDirectory(Path.Combine(work, "bin")).FullName;
        var marquee = Path.Combine(bin, "marquee");
        File.WriteAllText(marquee, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "marquee.dll")}' \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(marquee, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return work;
    }

    private static string Script(IReadOnlyList<ReadmeExample> examples, string baseUrl)
    {
        var script = new StringBuilder("""
            set -eo pipefail
            trap 'echo "README.md:$MQ_LINE: the command failed" >&2' ERR
            curl() {
              local status
              status=$(command curl -sS -o body.out -w '%{http_code}' "$@") || { echo "README.md:$MQ_LINE: curl failed" >&2; return 1; }
              cat body.out; echo
              if [[ -n $MQ_EXPECT ]]; then
                [[ $status == "$MQ_EXPECT" ]] || { echo "README.md:$MQ_LINE: HTTP $status where the README shows $MQ_EXPECT: $(cat body.out)" >&2; return 1; }
              elif (( status >= 400 )); then
                echo "README.md:$MQ_LINE: HTTP $status: $(cat body.out)" >&2; return 1
              fi
            }

            """);
        foreach (var example in examples)
        {
            foreach (var command in example.Commands)
            {
                var expect = ShownStatus().Match(command.Text) is { Success: true } m ? m.Groups[1].Value : "";
                script.Append($"MQ_LINE={command.Line}; MQ_EXPECT={expect}\n");
                script.Append(command.Text.Replace("http://127.0.0.1:5000", baseUrl, StringComparison.Ordinal)).Append('\n');
            }
        }
        return script.ToString();
    }


    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];

    // A comment at the end of a command that starts with an HTTP status: `curl … # 400 {"errors": …}`.
    [GeneratedRegex(@"\s#\s*([1-5]\d\d)\b[^\n]*$")]
    private static partial Regex ShownStatus();
}

/// <summary>One command of a README example (its continuation lines joined) and the README line it starts on.</summary>
public sealed record ReadmeCommand(int Line, string Text);

public sealed record ReadmeExample(IReadOnlyList<ReadmeCommand> Commands);

public static partial class ReadmeExamples
{
    [GeneratedRegex(@"<<-?\s*'?(\w+)'?\s*$")]
    private static partial Regex HereDoc();

    public static IReadOnlyList<ReadmeExample> Read(string path)
    {
        var document = Markdown.Parse(File.ReadAllText(path));
        var examples = new List<ReadmeExample>();
        Block? previous = null;
        foreach (var block in document.Descendants<Block>())
        {
            if (block is FencedCodeBlock { Info: "sh" } code && !IsMarkedNotRun(previous))
            {
                examples.Add(new ReadmeExample(Commands(code)));
            }
            if (block is FencedCodeBlock or HtmlBlock or ParagraphBlock or HeadingBlock or ListBlock) previous = block;
        }
        return examples;
    }

    private static bool IsMarkedNotRun(Block? previous) =>
        previous is HtmlBlock html && html.Lines.ToString().TrimStart().StartsWith("<!-- not run:", StringComparison.Ordinal);

    private static List<ReadmeCommand> Commands(FencedCodeBlock code)
    {
        var commands = new List<ReadmeCommand>();
        var text = new StringBuilder();
        var start = 0;
        string? hereDocEnd = null;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var line = code.Lines.Lines[i].ToString();
            if (text.Length == 0) start = code.Lines.Lines[i].Line + 1;
            text.Append(line);
            if (hereDocEnd is null && HereDoc().Match(line) is { Success: true } here) hereDocEnd = here.Groups[1].Value;
            else if (hereDocEnd is not null && line == hereDocEnd) hereDocEnd = null;
            if (line.EndsWith('\\') || hereDocEnd is not null)
            {
                text.Append('\n');
                continue;
            }
            if (text.ToString().Trim().Length > 0 && !text.ToString().TrimStart().StartsWith('#')) commands.Add(new ReadmeCommand(start, text.ToString()));
            text.Clear();
        }
        return commands;
    }
}

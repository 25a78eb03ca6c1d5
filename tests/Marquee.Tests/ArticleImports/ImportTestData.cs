using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Marquee.Data;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.ArticleImports;

/// <summary>Articles and databases for the import tests: the shared Anora review, and one written here that names a look-alike.</summary>
public static partial class ImportTestData
{
    public const string Password = "Correct-horse-battery-9";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static string AnoraPath => Path.Combine(SharedData.Articles, "anora-collider-2024.txt");

    /// <summary>The body spellings the demo keeps as aliases; the tests remove them so the import has to find them again.</summary>
    public static readonly string[] BodySpellings = ["Mark Eidelstein", "Yura Borisov", "Aleksei Serebryakov"];

    /// <summary>Written for these tests: "Andrej Tarkovsky" is a spelling of someone with no part in Anora, so it waits for an editor.</summary>
    public const string LookAlikeArticle = """
        Anora Review: A Brooklyn Fairy Tale With Teeth

        Published November 3, 2024

        Sean Baker's Anora follows a young dancer through one very long week in Brighton Beach and beyond, and it never once loses its nerve.

        Mikey Madison plays Anora, a dancer who goes by "Ani", and she carries the film from its first scene to its last. The long, quiet ending owes more to filmmaker Andrej Tarkovsky than to any romantic comedy.

        Rating: 4/5
        """;

    /// <summary>Pages of at most 2 MB that each pass one of the importer's limits, with the words that name it.</summary>
    public static readonly (string Name, string Page, string Limit)[] PathologicalPages =
    [
        ("deep.html", "<title>Deep</title>" + new StringBuilder().Insert(0, "<div>", 400_000) + "text", "nested more than 512 deep"),
        ("attributes.html", "<title>Wide</title><div " + string.Join(' ', Enumerable.Range(0, 200_000).Select(i => $"a{i}")) + ">text</div>", "more than 1,000 attributes"),
        ("tiny.html", "<title>Tiny</title>" + new StringBuilder().Insert(0, "<p>", 500_000), "more than 50,000 elements"),
        // Misnested links in tables send the parser through the adoption agency algorithm for every one.
        ("misnested.html", "<title>Misnested</title>" + new StringBuilder().Insert(0, "<table><a><p><a>x</table>", 60_000), "more than 50,000 elements"),
    ];

    public static async Task RemoveBodySpellingsAsync(MarqueeDbContext db, CancellationToken ct) =>
        await db.PersonAliases.Where(a => BodySpellings.Contains(a.Name)).ExecuteDeleteAsync(ct);

    public static async Task<MarqueeUser> AddUserAsync(IServiceProvider services, string role, string? password = null)
    {
        var created = await services.GetRequiredService<UserCommands>().AddAsync($"{role}-{Guid.NewGuid():n}"[..20], role, null, password);
        Assert.True(created.Succeeded, created.Detail);
        return created.Value!.User;
    }

    /// <summary>A cookie client signed in through the login form as a new user with the role.</summary>
    public static async Task<HttpClient> SignedInAsync(MarqueeApp app, string role, CancellationToken ct)
    {
        string name;
        await using (var scope = app.Services.CreateAsyncScope()) name = (await AddUserAsync(scope.ServiceProvider, role, Password)).UserName!;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var fields = new Dictionary<string, string> { ["UserName"] = name, ["Password"] = Password, ["__RequestVerificationToken"] = await TokenAsync(client, "/account/login", ct) };
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page, CancellationToken ct) =>
        WebUtility.HtmlDecode(TokenPattern().Match(await client.GetStringAsync(page, ct)).Groups[1].Value);

    /// <summary>Counts of every table an import writes to or must leave alone.</summary>
    public static async Task<string> SnapshotAsync(MarqueeDbContext db, CancellationToken ct) => string.Join(",",
        await db.ArticleImports.CountAsync(ct), await db.ProposedLinks.CountAsync(ct), await db.ProposedCredits.CountAsync(ct),
        await db.Reviews.CountAsync(ct), await db.PersonAliases.CountAsync(ct), await db.People.CountAsync(ct), await db.Films.CountAsync(ct),
        string.Join("|", await db.People.OrderBy(p => p.Id).Select(p => p.Name).ToListAsync(ct)).GetHashCode(StringComparison.Ordinal));
}

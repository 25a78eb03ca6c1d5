using Marquee.Core.Names;
using Marquee.Data;
using Marquee.Import.ArticleImports;
using Marquee.Import.Articles;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.ArticleImports;

/// <summary>Linking an article's spellings to the demo catalogue: what links by itself, what waits, and what never links.</summary>
public sealed class PersonLinkerTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<PersonLink>> LinkAsync(ExtractedArticle article)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var anora = await db.Films.Where(f => f.Slug == "anora-2024").Select(f => f.Id).SingleAsync(Ct);
        return await PersonLinker.LinkAsync(db, article, anora, Ct);
    }

    [Theory]
    [InlineData("Darya Ekamasov", "gender form of the surname")]
    [InlineData("Karren Karagulian Jr.", "generational suffix")]
    [InlineData("Lev Eydelshteyn", "another given name, same surname")]
    [InlineData("Mikhail Borisov", "another given name, same surname")]
    [InlineData("Aleksandra Tarkovsky", "female form of a given name")]
    public async Task Different_people_are_never_linked(string spelling, string why)
    {
        var links = await LinkAsync(new ExtractedArticle { FilmTitle = "Anora", People = [spelling], Credits = [new(spelling, "Someone", [])] });
        Assert.True(links.Count == 0, $"{spelling} ({why}) was linked to {string.Join(", ", links.Select(l => l.PersonName))}");
    }

    [Theory]
    [InlineData("Yura Borisov", "Yuriy Borisov", "Igor")]
    [InlineData("Zoe Vnak", "Zoë Vnak", null)]
    [InlineData("Aleksei Serebryakov", "Aleksey Serebryakov", null)]
    public async Task Spellings_of_someone_in_the_film_link_by_themselves(string spelling, string person, string? character)
    {
        var credits = character is null ? new List<ExtractedCredit>() : [new(spelling, character, [])];
        var link = Assert.Single(await LinkAsync(new ExtractedArticle { FilmTitle = "Anora", People = [spelling], Credits = credits }));
        Assert.Equal((person, LinkAction.LinkAutomatically), (link.PersonName, link.Action));
        Assert.Contains("same film", link.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_look_alike_outside_the_film_waits_for_an_editor()
    {
        var link = Assert.Single(await LinkAsync(new ExtractedArticle { FilmTitle = "Anora", People = ["Andrej Tarkovsky"] }));
        Assert.Equal(("Andrei Tarkovsky", LinkAction.ProposeForReview, "none"), (link.PersonName, link.Action, link.Evidence));
    }

    [Fact]
    public async Task A_spelling_the_catalogue_knows_as_an_alias_says_so()
    {
        // The demo knows "Mark Eidelstein" as an alias of Mark Eydelshteyn: the link is that alias, not "the same name after case".
        var link = Assert.Single(await LinkAsync(new ExtractedArticle { FilmTitle = "Anora", People = ["Mark Eidelstein"] }));
        Assert.Equal(("Mark Eydelshteyn", LinkAction.LinkAutomatically), (link.PersonName, link.Action));
        Assert.StartsWith("a known spelling of Mark Eydelshteyn;", link.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("case and diacritics", link.Reason, StringComparison.Ordinal);
    }
}

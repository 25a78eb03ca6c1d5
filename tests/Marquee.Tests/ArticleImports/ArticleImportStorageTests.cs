using Marquee.Core.Reviews;
using Marquee.Data;
using Marquee.Data.ArticleImports;
using Marquee.Import.ArticleImports;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.ArticleImports.ImportTestData;

namespace Marquee.Tests.ArticleImports;

/// <summary>Pending imports, links and drafts on every provider we ship, through the importer the CLI and the pages use.</summary>
public sealed class ArticleImportStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Import_links_corroborated_spellings_as_aliases_and_creates_the_draft_in_one_go(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        await RemoveBodySpellingsAsync(db, Ct);
        var critic = await AddUserAsync(scope.ServiceProvider, "critic");
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();

        var outcome = await importer.ImportAsync(new ArticleSource("anora-collider-2024.txt", false, await File.ReadAllTextAsync(AnoraPath, Ct)), critic.Id, createDraft: true, Ct);
        Assert.Null(outcome.Error);
        db.ChangeTracker.Clear();

        var import = await db.ArticleImports.Include(i => i.Credits).SingleAsync(i => i.Id == outcome.ImportId, Ct);
        Assert.Equal(ImportStatus.DraftCreated, import.Status);
        Assert.Equal(await db.Films.Where(f => f.Slug == "anora-2024").Select(f => f.Id).SingleAsync(Ct), import.FilmId);
        var review = await db.Reviews.SingleAsync(r => r.Id == import.ReviewId, Ct);
        Assert.Equal((ReviewStatus.Draft, critic.Id, "9/10", SpoilerLevel.Full), (review.Status, review.AuthorId, review.ScoreText, review.SpoilerLevel));
        Assert.Contains("## What Is", review.Body, StringComparison.Ordinal);

        var aliases = await db.PersonAliases.Where(a => BodySpellings.Contains(a.Name)).Select(a => new { a.Name, a.Person!.Slug, a.Source }).ToListAsync(Ct);
        Assert.Equal(
            ["Aleksei Serebryakov:aleksey-serebryakov", "Mark Eidelstein:mark-eydelshteyn", "Yura Borisov:yuriy-borisov"],
            aliases.Select(a => $"{a.Name}:{a.Slug}").Order(StringComparer.Ordinal));
        Assert.All(aliases, a => Assert.Contains("anora-collider-2024.txt", a.Source, StringComparison.Ordinal));
        var vanya = import.Credits.Single(c => c.Person == "Mark Eidelstein");
        Assert.Equal("Vanya Zakharov", vanya.Character);
        Assert.Equal(await db.People.Where(p => p.Slug == "mark-eydelshteyn").Select(p => p.Id).SingleAsync(Ct), vanya.PersonId);
        Assert.Equal("Mark Eydelshteyn", await db.People.Where(p => p.Slug == "mark-eydelshteyn").Select(p => p.Name).SingleAsync(Ct));

        // The same text again: found, nothing new.
        var before = await SnapshotAsync(db, Ct);
        var again = await importer.ImportAsync(new ArticleSource("copy.txt", false, await File.ReadAllTextAsync(AnoraPath, Ct)), critic.Id, createDraft: true, Ct);
        Assert.True(again.AlreadyImported);
        Assert.Equal(outcome.ImportId, again.ImportId);
        Assert.Equal(before, await SnapshotAsync(db, Ct));
    }

    [Theory]
    [AllProviders]
    public async Task The_same_text_imported_at_the_same_moment_is_stored_once(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        string editorId;
        await using (var scope = app.Services.CreateAsyncScope()) editorId = (await AddUserAsync(scope.ServiceProvider, "editor")).Id;
        var text = LookAlikeArticle + "\n\nSent twice " + Guid.NewGuid();

        using var start = new Barrier(4);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            start.SignalAndWait(Ct);
            return await importer.ImportAsync(new ArticleSource($"paste {i}", false, text), editorId, createDraft: true, Ct);
        }, Ct)));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Single(outcomes, o => o.Stored);
        Assert.Single(outcomes.Select(o => o.ImportId).Distinct());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            var hash = new ArticleSource("any", false, text).Hash;
            Assert.Equal(1, await db.ArticleImports.CountAsync(i => i.SourceHash == hash, Ct));
            Assert.Equal(1, await db.Reviews.CountAsync(r => r.AuthorId == editorId, Ct));
        }
    }

    [Theory]
    [AllProviders]
    public async Task The_database_holds_one_live_import_per_text_but_a_discarded_one_does_not_count(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var editor = await AddUserAsync(scope.ServiceProvider, "editor");
        ArticleImport Import(ImportStatus status) => new()
        {
            SourceKind = "text", SourceName = "pasted", SourceText = "Same text.", SourceHash = new string('a', 64), ExtractedJson = "{}",
            CreatedById = editor.Id, Headline = "H", Body = "B", Status = status, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.ArticleImports.Add(Import(ImportStatus.Discarded));
        db.ArticleImports.Add(Import(ImportStatus.Pending));
        await db.SaveChangesAsync(Ct);
        db.ArticleImports.Add(Import(ImportStatus.Pending));
        var twin = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        Assert.True(DbErrors.IsUniqueViolation(twin));
    }

    [Theory]
    [AllProviders]
    public async Task A_film_missing_from_the_catalogue_is_added_from_the_import_with_its_known_director(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var editor = await AddUserAsync(scope.ServiceProvider, "editor");
        Assert.True((await scope.ServiceProvider.GetRequiredService<Marquee.Data.People.PersonCommands>().CreateAsync(new("sean-baker", "Sean Baker"), Ct)).Succeeded);
        var outcome = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
            .ImportAsync(new ArticleSource("anora-collider-2024.txt", false, await File.ReadAllTextAsync(AnoraPath, Ct)), editor.Id, createDraft: true, Ct);
        Assert.True(outcome.Stored);
        Assert.Null(outcome.ReviewSlug);
        var id = outcome.ImportId!.Value;

        var commands = scope.ServiceProvider.GetRequiredService<ArticleImportCommands>();
        Assert.True((await commands.AddFilmAsync(id, Ct)).Succeeded);
        db.ChangeTracker.Clear();
        var film = await db.Films.Include(f => f.Credits).ThenInclude(c => c.Person).SingleAsync(Ct);
        Assert.Equal(("anora-2024", "Anora", 2024), (film.Slug, film.Title, film.Year));
        Assert.Equal(["Sean Baker: Director"], film.Credits.Select(c => $"{c.Person!.Name}: {c.Job}"));
        var import = await db.ArticleImports.SingleAsync(i => i.Id == id, Ct);
        Assert.Equal((film.Id, ProposalStatus.Accepted), (import.FilmId, import.FilmStatus));

        // Once is enough; the draft can now be made.
        Assert.Equal(Marquee.Data.CommandStatus.Conflict, (await commands.AddFilmAsync(id, Ct)).Status);
        Assert.True((await commands.CreateDraftAsync(id, new ReviewActor(editor.Id, IsEditor: true), Ct)).Succeeded);
        Assert.Equal(1, await db.Films.CountAsync(Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Adding_a_film_whose_slug_is_taken_claims_the_next_and_a_refused_add_writes_nothing(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var editor = await AddUserAsync(scope.ServiceProvider, "editor");
        var outcome = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
            .ImportAsync(new ArticleSource("pasted", false, LookAlikeArticle), editor.Id, createDraft: false, Ct);
        var id = outcome.ImportId!.Value;
        var commands = scope.ServiceProvider.GetRequiredService<ArticleImportCommands>();
        var before = await SnapshotAsync(db, Ct);
        var refused = await commands.AddFilmAsync(id, Ct);
        Assert.Equal(Marquee.Data.CommandStatus.Conflict, refused.Status); // it has a film
        Assert.NotNull(refused.Errors!["film"]);
        db.ChangeTracker.Clear();
        Assert.Equal(before, await SnapshotAsync(db, Ct));

        // The editor says the look-alike is another film of that title and year: the new one takes the next slug.
        var lookAlike = await FilmSlugAsync(db, id);
        Assert.True((await commands.DecideFilmAsync(id, accept: false, Ct)).Succeeded);
        db.ChangeTracker.Clear();
        var films = await db.Films.CountAsync(Ct);
        Assert.True((await commands.AddFilmAsync(id, Ct)).Succeeded);
        db.ChangeTracker.Clear();
        Assert.Equal(films + 1, await db.Films.CountAsync(Ct));
        Assert.Equal($"{lookAlike}-2", await FilmSlugAsync(db, id));
    }

    private static Task<string> FilmSlugAsync(MarqueeDbContext db, int importId) =>
        db.ArticleImports.Where(i => i.Id == importId).Join(db.Films, i => i.FilmId, f => (int?)f.Id, (_, f) => f.Slug).SingleAsync(Ct);

    [Theory]
    [AllProviders]
    public async Task An_uncorroborated_look_alike_waits_for_an_editor_and_accepting_it_keeps_the_spelling(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var editor = await AddUserAsync(scope.ServiceProvider, "editor");

        var outcome = await scope.ServiceProvider.GetRequiredService<ArticleImporter>()
            .ImportAsync(new ArticleSource("pasted text", false, LookAlikeArticle), editor.Id, createDraft: false, Ct);
        Assert.Null(outcome.Error);
        db.ChangeTracker.Clear();
        var link = await db.ProposedLinks.SingleAsync(l => l.ArticleImportId == outcome.ImportId && l.Spelling == "Andrej Tarkovsky", Ct);
        Assert.Equal((ProposalStatus.Proposed, false, "none"), (link.Status, link.Automatic, link.Evidence));
        Assert.False(await db.PersonAliases.AnyAsync(a => a.Name == "Andrej Tarkovsky", Ct));
        Assert.Equal(ImportStatus.Pending, await db.ArticleImports.Where(i => i.Id == outcome.ImportId).Select(i => i.Status).SingleAsync(Ct));

        var commands = scope.ServiceProvider.GetRequiredService<ArticleImportCommands>();
        Assert.True((await commands.DecideLinkAsync(outcome.ImportId!.Value, link.Id, accept: true, editor.Id, Ct)).Succeeded);
        db.ChangeTracker.Clear();
        var alias = await db.PersonAliases.Where(a => a.Name == "Andrej Tarkovsky").Select(a => new { a.Person!.Slug, a.Source }).SingleAsync(Ct);
        Assert.Equal("andrei-tarkovsky", alias.Slug);
        Assert.Contains("pasted text", alias.Source, StringComparison.Ordinal);

        // Accepting twice keeps one alias; the draft goes through in one transaction.
        Assert.True((await commands.DecideLinkAsync(outcome.ImportId.Value, link.Id, accept: true, editor.Id, Ct)).Succeeded);
        Assert.Equal(1, await db.PersonAliases.CountAsync(a => a.Name == "Andrej Tarkovsky", Ct));
        var draft = await commands.CreateDraftAsync(outcome.ImportId.Value, new ReviewActor(editor.Id, IsEditor: true), Ct);
        Assert.True(draft.Succeeded);
        db.ChangeTracker.Clear();
        var review = await db.Reviews.SingleAsync(r => r.Slug == draft.Value, Ct);
        Assert.Equal((ReviewStatus.Draft, "4/5", SpoilerLevel.None), (review.Status, review.ScoreText, review.SpoilerLevel));
        Assert.Equal(CommandStatus.Conflict, (await commands.CreateDraftAsync(outcome.ImportId.Value, new ReviewActor(editor.Id, true), Ct)).Status);
    }

    [Theory]
    [AllProviders]
    public async Task Refused_articles_write_nothing(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var editor = await AddUserAsync(scope.ServiceProvider, "editor");
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var before = await SnapshotAsync(db, Ct);
        string[] bad =
        [
            "", "   \n ", "\0\u0001\u0002binary\0\0\0\0" + new string('\0', 200), new string('x', 20 * 1024 * 1024),
            "Just some words about the weather, and no film at all.",
        ];
        foreach (var text in bad)
        {
            var outcome = await importer.ImportAsync(new ArticleSource("bad.txt", false, text), editor.Id, createDraft: true, Ct);
            Assert.NotNull(outcome.Error);
            Assert.StartsWith("bad.txt", outcome.Error, StringComparison.Ordinal);
        }
        var scripts = await importer.ImportAsync(new ArticleSource("bad.html", true, "<html><head><script>alert(1)</script></head><body><script>document.write('x')</script></body></html>"), editor.Id, true, Ct);
        Assert.NotNull(scripts.Error);
        Assert.Equal(before, await SnapshotAsync(db, Ct));
    }
}

using Marquee.Core.Films;
using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Tests.Infrastructure;
using Marquee.Tests.Showtimes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Data;

/// <summary>The data layer on every provider we ship: SQLite always, PostgreSQL from the test command.</summary>
public sealed class StorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Migrations_and_demo_load_on_an_empty_database(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.True(await db.Films.CountAsync(Ct) >= 40);
        var anora = await scope.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("anora-2024", Ct);
        Assert.NotNull(anora);
        Assert.Equal(23, anora.Cast.Count);
        Assert.Equal(["Ani"], anora.Cast[0].CharacterAliases);
        Assert.Contains(anora.ReleaseDates, r => r is { Country: "US", Type: "limited" } && r.Date == new DateOnly(2024, 10, 18));

        // Demo content loads once: a second start adds nothing.
        var loader = scope.ServiceProvider.GetRequiredService<Marquee.Data.Demo.DemoCatalogLoader>();
        Assert.Equal(0, await loader.LoadIfEmptyAsync(Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Film_round_trips_with_lists_and_credits(Provider provider)
    {
        // On a stopped clock, so the stamp is known exactly rather than bracketed by the wall clock.
        using var app = new ShowtimesApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        var people = scope.ServiceProvider.GetRequiredService<PersonCommands>();
        Assert.True((await people.CreateAsync(new PersonInput(null, "Zoë Vnak"), Ct)).Succeeded);
        var created = await films.CreateAsync(new FilmInput(null, "Anora", Year: 2024, RuntimeMinutes: 139, Genres: ["Drama", "Romance"], Countries: ["US"], Distributors: ["Neon"]), Ct);
        Assert.Equal(CommandStatus.Created, created.Status);
        Assert.Equal(CommandStatus.Created, (await films.AddCreditAsync("anora-2024", new CreditInput("cast", "zoe-vnak", "Ani's coworker"), Ct)).Status);
        Assert.Equal(CommandStatus.Created, (await films.AddReleaseDateAsync("anora-2024", new ReleaseDateInput("US", "limited", new DateOnly(2024, 10, 18)), Ct)).Status);

        var film = await scope.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("anora-2024", Ct);
        Assert.NotNull(film);
        Assert.Equal(["Drama", "Romance"], film.Genres);
        Assert.Equal(["Neon"], film.Distributors);
        Assert.Equal("Zoë Vnak", film.Cast.Single().Name);
        Assert.Equal("limited", film.ReleaseDates.Single().Type);
        // Stamped by the save with the app's clock.
        Assert.Equal(ShowtimesApp.Now, film.CreatedAt);

        var byGenre = await scope.ServiceProvider.GetRequiredService<FilmQueries>().ListAsync(new FilmListQuery(Genre: "romance"), Ct);
        Assert.Equal("anora-2024", byGenre.Items.Single().Slug);
        Assert.Equal(["Drama", "Romance"], await scope.ServiceProvider.GetRequiredService<FilmQueries>().GenresAsync(Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Concurrent_edit_with_a_stale_version_changes_nothing(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using (var setup = app.Services.CreateAsyncScope())
        {
            var created = await setup.ServiceProvider.GetRequiredService<FilmCommands>().CreateAsync(new FilmInput("tangerine-2015", "Tangerine", Year: 2015), Ct);
            Assert.Equal(1, created.Value!.Version);
        }

        // Two editors load version 1; the first saves, the second's save must fail even though it passed the early check.
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var a = await firstDb.Films.SingleAsync(f => f.Slug == "tangerine-2015", Ct);
        var b = await secondDb.Films.SingleAsync(f => f.Slug == "tangerine-2015", Ct);
        a.Title = "Tangerine (first)";
        await firstDb.SaveChangesAsync(Ct);
        b.Title = "Tangerine (second)";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync(Ct));

        await using var check = app.Services.CreateAsyncScope();
        var film = await check.ServiceProvider.GetRequiredService<FilmQueries>().GetDetailsAsync("tangerine-2015", Ct);
        Assert.Equal("Tangerine (first)", film!.Title);
        Assert.Equal(2, film.Version);
        var stale = await check.ServiceProvider.GetRequiredService<FilmCommands>().UpdateAsync("tangerine-2015", new FilmInput(null, "Stale"), 1, Ct);
        Assert.Equal(CommandStatus.PreconditionFailed, stale.Status);
    }

    [Theory]
    [AllProviders]
    public async Task Slugs_are_unique_per_table(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        db.Films.Add(new Film { Slug = "same", Title = "One" });
        db.Films.Add(new Film { Slug = "same", Title = "Two" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Deleting_a_film_removes_its_credits_but_not_its_people(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        // A film without reviews: one with reviews is refused (ReviewStorageTests).
        var filmId = await db.Films.Where(f => f.Slug == "snowpiercer-2013").Select(f => f.Id).SingleAsync(Ct);
        Assert.Equal(CommandStatus.Ok, (await scope.ServiceProvider.GetRequiredService<FilmCommands>().DeleteAsync("snowpiercer-2013", null, Ct)).Status);
        Assert.Equal(0, await db.Credits.CountAsync(c => c.FilmId == filmId, Ct));
        Assert.Equal(0, await db.ReleaseDates.CountAsync(r => r.FilmId == filmId, Ct));
        Assert.True(await db.People.AnyAsync(p => p.Slug == "song-kang-ho", Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Alias_slug_resolves_to_its_person(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PersonQueries>();
        Assert.Equal("mark-eydelshteyn", await people.ResolveSlugAsync("mark-eidelstein", Ct));
        Assert.Equal("mark-eydelshteyn", await people.ResolveSlugAsync("mark-eydelshteyn", Ct));
        Assert.Null(await people.ResolveSlugAsync("nobody-known", Ct));
    }
}

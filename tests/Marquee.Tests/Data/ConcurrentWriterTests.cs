using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Core.Showtimes;
using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Data.Showtimes;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Data;

/// <summary>
/// Another writer saves the same thing between a command's checks and its own save. The command answers with a
/// conflict naming the field that clashed (the API's 409), the other writer's row stands, and nothing of ours is kept.
/// </summary>
public sealed class ConcurrentWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task A_film_slug_taken_meanwhile_is_a_conflict_on_slug(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var result = await LoseRaceAsync<FilmCommands, Film>(app,
            theirs: films => films.CreateAsync(new FilmInput(null, "Anora", Year: 2024), Ct),
            ours: films => films.CreateAsync(new FilmInput(null, "Anora", Year: 2024, RuntimeMinutes: 139), Ct));

        AssertConflictOn("slug", "anora-2024", result);
        var films = await Fresh(app).Films.ToListAsync(Ct);
        Assert.Null(Assert.Single(films).RuntimeMinutes);
    }

    [Theory]
    [AllProviders]
    public async Task A_person_slug_taken_meanwhile_is_a_conflict_on_slug(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var result = await LoseRaceAsync<PersonCommands, Person>(app,
            theirs: people => people.CreateAsync(new PersonInput(null, "Mikey Madison"), Ct),
            ours: people => people.CreateAsync(new PersonInput(null, "Mikey Madison", BirthYear: 1999), Ct));

        AssertConflictOn("slug", "mikey-madison", result);
        Assert.Null(Assert.Single(await Fresh(app).People.ToListAsync(Ct)).BirthYear);
    }

    [Theory]
    [AllProviders]
    public async Task An_alias_added_meanwhile_is_a_conflict_on_name_not_an_error(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        await using (var setup = app.Services.CreateAsyncScope())
            Assert.True((await setup.ServiceProvider.GetRequiredService<PersonCommands>().CreateAsync(new PersonInput(null, "Mark Eydelshteyn"), Ct)).Succeeded);
        var result = await LoseRaceAsync<PersonCommands, PersonAlias>(app,
            theirs: people => people.AddAliasAsync("mark-eydelshteyn", new AliasInput("Mark Eidelstein", Source: "theirs"), Ct),
            ours: people => people.AddAliasAsync("mark-eydelshteyn", new AliasInput("Mark Eidelstein", Source: "ours"), Ct));

        AssertConflictOn("name", "Mark Eidelstein", result);
        Assert.Equal("theirs", Assert.Single(await Fresh(app).PersonAliases.ToListAsync(Ct)).Source);
    }

    [Theory]
    [AllProviders]
    public async Task A_cinema_slug_taken_meanwhile_is_a_conflict_on_slug(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var result = await LoseRaceAsync<ShowtimeCommands, Cinema>(app,
            theirs: cinemas => cinemas.CreateCinemaAsync(Cinema(screens: 2), Ct),
            ours: cinemas => cinemas.CreateCinemaAsync(Cinema(screens: 5), Ct));

        AssertConflictOn("slug", "rio-dalston", result);
        Assert.Equal(2, Assert.Single(await Fresh(app).Set<Cinema>().ToListAsync(Ct)).Screens);
    }

    private static CinemaInput Cinema(int screens) =>
        new("rio-dalston", "Rio Cinema", "107 Kingsland High St", "London", "E8 2PB", "GB", 51.549, -0.075, "Europe/London", screens, null);

    /// <summary>
    /// Runs our command in one scope; when it has made its checks and starts to save, their command runs to completion
    /// in another, with the same commands service.
    /// </summary>
    private static async Task<CommandResult<T>> LoseRaceAsync<TCommands, T>(
        MarqueeApp app, Func<TCommands, Task<CommandResult<T>>> theirs, Func<TCommands, Task<CommandResult<T>>> ours) where TCommands : notnull
    {
        await using var ourScope = app.Services.CreateAsyncScope();
        await using var theirScope = app.Services.CreateAsyncScope();
        var done = false;
        ourScope.ServiceProvider.GetRequiredService<MarqueeDbContext>().SavingChanges += (_, _) =>
        {
            if (done) return;
            done = true;
            Assert.True(theirs(theirScope.ServiceProvider.GetRequiredService<TCommands>()).GetAwaiter().GetResult().Succeeded);
        };
        return await ours(ourScope.ServiceProvider.GetRequiredService<TCommands>());
    }

    private static void AssertConflictOn<T>(string field, string named, CommandResult<T> result)
    {
        Assert.Equal(CommandStatus.Conflict, result.Status);
        var message = Assert.Single(Assert.Single(result.Errors!, e => e.Key == field).Value);
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    private static MarqueeDbContext Fresh(MarqueeApp app) =>
        app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<MarqueeDbContext>();
}

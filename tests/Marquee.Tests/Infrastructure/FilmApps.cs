using Marquee.Data.Films;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Infrastructure;

/// <summary>One app per provider without the demo content, holding one film, shared by the tests of a class.</summary>
public sealed class FilmApps : ProviderApps
{
    public const string Film = "the-substance-2024";

    protected override async Task SeedAsync(MarqueeApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        Assert.True((await films.CreateAsync(new FilmInput(Film, "The Substance", Year: 2024, RuntimeMinutes: 141))).Succeeded);
    }
}

using Marquee.Core.Search;
using Marquee.Data;
using Marquee.Data.Films;
using Marquee.Data.People;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Search;

/// <summary>
/// One small catalogue per provider, written through the same commands the API uses, so the search index is
/// built the way it is in production. People have no other spellings here: tolerance must come from the keys.
/// </summary>
public sealed class SearchCatalog : ProviderApps
{
    protected override async Task SeedAsync(MarqueeApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<PersonCommands>();
        var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
        foreach (var name in new[] { "Mark Eydelshteyn", "Aleksey Serebryakov", "Yuriy Borisov", "Zoë Vnak", "Zoe Kazan", "Mikey Madison",
                     "Yelena Koreneva", "Yakov Sergeyev", "Mikhail Kalatozov" })
            Check(await people.CreateAsync(new PersonInput(null, name)));

        Check(await films.CreateAsync(new FilmInput("anora-2024", "Anora", Year: 2024)));
        Check(await films.CreateAsync(new FilmInput("anora-1985", "Anora", Year: 1985)));
        Check(await films.CreateAsync(new FilmInput("anorak-weather-2010", "Anorak Weather", Year: 2010)));
        Check(await films.CreateAsync(new FilmInput("the-grand-budapest-hotel-2014", "The Grand Budapest Hotel", Year: 2014)));
        Check(await films.CreateAsync(new FilmInput("amelie-2001", "Amélie", OriginalTitle: "Le Fabuleux Destin d'Amélie Poulain", Year: 2001)));
        Check(await films.AddCreditAsync("anora-2024", new CreditInput("cast", "mikey-madison", "Anora")));

        // Alternative titles and ratings arrive from importers, which write entities directly.
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var budapest = await db.Films.SingleAsync(f => f.Slug == "the-grand-budapest-hotel-2014");
        db.FilmTitles.Add(new Marquee.Core.Films.FilmTitle { FilmId = budapest.Id, Title = "Отель «Гранд Будапешт»", Region = "RU" });
        var anora = await db.Films.SingleAsync(f => f.Slug == "anora-2024");
        db.Set<FilmRating>().Add(new FilmRating { FilmId = anora.Id, Source = "imdb", Average = 7.5, Votes = 180_000 });
        await db.SaveChangesAsync();
    }

    private static void Check<T>(CommandResult<T> result) => Assert.True(result.Succeeded, result.Detail ?? string.Join("; ", result.Errors?.SelectMany(e => e.Value) ?? []));
}

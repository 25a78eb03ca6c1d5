using Marquee.Core.Films;
using Marquee.Data.Films;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Showtimes;

/// <summary>The film page read model on every provider: the info card is for the country asked for, release date and line alike.</summary>
public sealed class FilmPageQueriesTests
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_card_is_read_for_the_readers_country(Provider provider)
    {
        using var app = new ShowtimesApp(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var pages = scope.ServiceProvider.GetRequiredService<FilmPageQueries>();

        var us = (await pages.GetAsync("anora-2024", "US", Ct))!.Card;
        Assert.Equal(("US", ReleaseType.Limited, new DateOnly(2024, 10, 18)), (us.Release.Country, us.Release.Primary!.Type, us.Release.Primary.Date));
        Assert.Equal("In select theaters now", us.Release.Line);
        Assert.True(us.Release.LinkToShowtimes);

        var gb = (await pages.GetAsync("anora-2024", "GB", Ct))!.Card;
        Assert.Equal(("GB", ReleaseType.Theatrical, new DateOnly(2024, 11, 1)), (gb.Release.Country, gb.Release.Primary!.Type, gb.Release.Primary.Date));

        Assert.NotNull(us.Critics);
        Assert.Equal(us.Critics, gb.Critics);
        Assert.Null(await pages.GetAsync("no-such-film", "US", Ct));
    }
}

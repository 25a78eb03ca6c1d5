using AngleSharp.Html.Parser;
using Marquee.Data.Films;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Showtimes;

/// <summary>"Today" for the release line is the reader's country's date, not UTC's.</summary>
public sealed class ReleaseLineClockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task At_two_in_the_morning_utc_new_york_is_still_on_the_day_before_and_london_is_not()
    {
        using var app = new ShowtimesApp(Provider.Sqlite, demo: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ShowtimeSeed.SeedAsync(scope.ServiceProvider);
            var films = scope.ServiceProvider.GetRequiredService<FilmCommands>();
            foreach (var country in new[] { "US", "GB" })
                Assert.True((await films.AddReleaseDateAsync("anora-2024", new ReleaseDateInput(country, "theatrical", new DateOnly(2026, 10, 23)), Ct)).Succeeded);
        }
        // 02:00 UTC on 23 October: 22:00 on the 22nd in New York, 03:00 on the 23rd in London.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 23, 2, 0, 0, TimeSpan.Zero));

        async Task<string?> LineAsync(string languages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/films/anora-2024");
            request.Headers.Add("Accept-Language", languages);
            var html = await (await app.Client().SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
            return new HtmlParser().ParseDocument(html).QuerySelector(".release-line strong")?.TextContent;
        }

        Assert.Equal("In theaters October 23.", await LineAsync("en-US"));
        Assert.Equal("In theaters now.", await LineAsync("en-GB"));
    }
}

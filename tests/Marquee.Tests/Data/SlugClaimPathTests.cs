using System.Net;
using Marquee.Data;
using Marquee.Data.Accounts;
using Marquee.Import.Catalog;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Accounts.AccountsApp;

namespace Marquee.Tests.Data;

/// <summary>The catalogue import, the API and the review desk claim a taken slug the same way (<see cref="Marquee.Core.Text.SlugClaim"/>).</summary>
public sealed class SlugClaimPathTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Import_api_and_reviews_give_the_same_slug_for_the_same_collision(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        // Two films share a title and a year: Bill Condon's Restless is there first.
        await StoreAsync(app, new CatalogFilm("Restless", 2011, Directors: ["Bill Condon"]));
        var (_, token) = await AddUserAsync(app, Roles.Editor);
        var editor = WithToken(app, token);

        var created = await editor.PostJsonAsync("/api/v1/films", new { title = "Restless", year = 2011 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var byApi = (string)(await created.ReadNodeAsync())["slug"]!;
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/films/{byApi}");
        delete.Headers.IfMatch.Add(created.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.SendAsync(delete, Ct)).StatusCode);

        await StoreAsync(app, new CatalogFilm("Restless", 2011, Directors: ["Gus Van Sant"]));
        string byImport;
        await using (var scope = app.Services.CreateAsyncScope())
            byImport = await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Films
                .Where(f => f.Title == "Restless").OrderByDescending(f => f.Id).Select(f => f.Slug).FirstAsync(Ct);

        var (_, critic) = await AddUserAsync(app, Roles.Critic);
        var desk = WithToken(app, critic);
        Assert.Equal(HttpStatusCode.Created, (await desk.PostJsonAsync("/api/v1/reviews", Review("restless-2011", "restless-2011"))).StatusCode);
        var again = await desk.PostJsonAsync("/api/v1/reviews", Review("restless-2011", "restless-2011"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var byReview = (string)(await again.ReadNodeAsync())["slug"]!;

        Assert.Equal(["restless-2011-2", "restless-2011-2", "restless-2011-2"], new[] { byApi, byImport, byReview });

        // Asking for that exact slug in the API is a conflict, not a quiet rename.
        var asked = await editor.PostJsonAsync("/api/v1/films", new { title = "Restless", year = 2011, slug = "restless-2011" });
        Assert.Equal(HttpStatusCode.Conflict, asked.StatusCode);
        Assert.Equal("application/problem+json", asked.Content.Headers.ContentType?.MediaType);
    }

    private static async Task StoreAsync(MarqueeApp app, CatalogFilm film)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await new CatalogFilmStore(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>()).StoreAsync([film], new ImportStats(), Ct);
    }
}

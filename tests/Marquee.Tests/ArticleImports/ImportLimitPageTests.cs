using System.Net;
using Marquee.Data;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.ArticleImports.ImportTestData;

namespace Marquee.Tests.ArticleImports;

/// <summary>
/// /desk/imports/new given pages past the importer's limits, uploaded or pasted by a critic: each answers at once with
/// 422 and the limit on the form, and nothing is stored, on every database.
/// </summary>
public sealed class ImportLimitPageTests(ImportLimitPageTests.Apps apps) : IClassFixture<ImportLimitPageTests.Apps>
{
    public sealed class Apps : ProviderApps
    {
        protected override Task SeedAsync(MarqueeApp app) => Task.CompletedTask;
    }

    [Theory(Timeout = 300_000)]
    [AllProviders]
    public async Task A_page_past_a_limit_gets_422_naming_it_and_nothing_is_stored(Provider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.AppAsync(provider);
        var critic = await SignedInAsync(app, "critic", ct);
        async Task<string> SnapshotNowAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await SnapshotAsync(scope.ServiceProvider.GetRequiredService<MarqueeDbContext>(), ct);
        }
        var before = await SnapshotNowAsync();

        foreach (var (name, page, limit) in PathologicalPages)
        {
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(await TokenAsync(critic, "/desk/imports/new", ct)), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(page)), "Upload", name },
            };
            var uploaded = await critic.PostAsync("/desk/imports/new", upload, ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, uploaded.StatusCode);
            var form = WebUtility.HtmlDecode(await uploaded.Content.ReadAsStringAsync(ct));
            Assert.Contains($"{name} is too complex to read: ", form, StringComparison.Ordinal);
            Assert.Contains(limit, form, StringComparison.Ordinal);
            Assert.Contains("<form", form, StringComparison.Ordinal);
        }

        // Pasted as HTML (100,000 deep, so that the encoded form stays under the request limit).
        var pasted = "<title>Deep</title>" + string.Concat(Enumerable.Repeat("<div>", 100_000));
        var fields = new Dictionary<string, string> { ["Text"] = pasted, ["Format"] = "html", ["__RequestVerificationToken"] = await TokenAsync(critic, "/desk/imports/new", ct) };
        var posted = await critic.PostAsync("/desk/imports/new", new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Contains("pasted text is too complex to read: its elements are nested more than 512 deep", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);

        Assert.Equal(before, await SnapshotNowAsync());
    }
}

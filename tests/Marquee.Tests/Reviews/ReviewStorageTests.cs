using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Marquee.Data;
using Marquee.Data.Reviews;
using Marquee.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Marquee.Tests.Reviews;

/// <summary>Reviews on every provider we ship: demo load, the workflow with revisions, ordering by dates, scheduled publishing.</summary>
public sealed class ReviewStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task Demo_reviews_load_once_with_four_critics_on_four_scales(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        Assert.True(await db.Reviews.CountAsync(Ct) >= 13);
        var scales = await db.Reviews.Select(r => r.ScoreScale).Distinct().ToListAsync(Ct);
        Assert.Superset(new HashSet<ScoreScale?> { ScoreScale.OutOf10, ScoreScale.OutOf5, ScoreScale.Letter, ScoreScale.OutOf100 }, scales.ToHashSet());
        // Databases written by earlier releases hold these names; they must keep reading back.
        var stored = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT \"ScoreScale\" AS \"Value\" FROM \"Reviews\" WHERE \"ScoreScale\" IS NOT NULL").ToListAsync(Ct);
        Assert.Superset(new HashSet<string> { "OutOf10", "Stars5", "Letter", "Hundred" }, stored.ToHashSet());
        Assert.Equal(4, await db.Reviews.Select(r => r.AuthorId).Distinct().CountAsync(Ct));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<DemoReviewLoader>().LoadIfEmptyAsync(Ct));

        var list = await scope.ServiceProvider.GetRequiredService<ReviewQueries>().ListPublishedAsync(new ReviewFilter(), 1, 100, Ct);
        Assert.Equal(list.Items.OrderByDescending(r => r.PublishedAt).Select(r => r.Slug), list.Items.Select(r => r.Slug));
    }

    [Theory]
    [AllProviders]
    public async Task A_film_with_reviews_cannot_be_deleted(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Marquee.Data.Films.FilmCommands>().DeleteAsync("anora-2024", null, Ct);
        Assert.Equal(CommandStatus.Conflict, result.Status);
        Assert.True(await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Films.AnyAsync(f => f.Slug == "anora-2024", Ct));
    }

    [Theory]
    [AllProviders]
    public async Task Workflow_keeps_revisions_and_publishes_what_is_due(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: true);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var commands = new ReviewCommands(db, clock);
        var critic = new ReviewActor((await db.Users.FirstAsync(u => u.UserName == "theo-marsh", Ct)).Id, IsEditor: false);
        var editor = new ReviewActor(critic.UserId + "-editor", IsEditor: true);
        var input = new ReviewInput { Film = "roma-2018", Headline = "Storage", Dek = "Dek.", Body = "Body.", Score = "★★★", SpoilerLevel = "none" };

        var created = await commands.CreateAsync(input, critic, Ct);
        Assert.Equal("roma-2018-review", created.Value!.Slug);
        var second = await commands.CreateAsync(input, critic, Ct);
        Assert.Equal("roma-2018-review-2", second.Value!.Slug);

        var scheduled = await commands.ScheduleAsync("roma-2018-review", clock.GetUtcNow().AddHours(1), null, editor, Ct);
        Assert.Equal(ReviewStatus.Scheduled, scheduled.Value!.Status);
        Assert.Equal(0, await commands.PublishDueAsync(Ct));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await commands.PublishDueAsync(Ct));

        db.ChangeTracker.Clear();
        var published = await db.Reviews.SingleAsync(r => r.Slug == "roma-2018-review", Ct);
        Assert.Equal(ReviewStatus.Published, published.Status);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 13, 0, 0, TimeSpan.Zero), published.PublishedAt);

        clock.Advance(TimeSpan.FromDays(1));
        var fixedInput = input with { Body = "Body, fixed.", CorrectionNote = "Fixed a date." };
        Assert.True((await commands.UpdateAsync("roma-2018-review", fixedInput, published.Version, editor, Ct)).Succeeded);
        var details = await scope.ServiceProvider.GetRequiredService<ReviewQueries>().GetAsync("roma-2018-review", null, Ct);
        Assert.Equal(ReviewStatus.Corrected, details!.Status);
        Assert.Equal(clock.GetUtcNow(), details.ModifiedAt);
        Assert.Equal([new CorrectionView(clock.GetUtcNow(), "Fixed a date.")], details.Corrections);
        Assert.Equal(2, await db.ReviewRevisions.CountAsync(v => v.ReviewId == details.Id, Ct));
    }
}

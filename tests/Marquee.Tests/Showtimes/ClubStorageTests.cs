using Marquee.Core.Clubs;
using Marquee.Core.Showtimes;
using Marquee.Data;
using Marquee.Data.Accounts;
using Marquee.Data.Clubs;
using Marquee.Data.Showtimes;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Tests.Showtimes;

/// <summary>Film clubs stored on every provider: seats and the waiting list, then ratings hidden until all who came have rated.</summary>
public sealed class ClubStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [AllProviders]
    public async Task A_club_screening_fills_waits_promotes_and_reveals_ratings_when_everyone_rated(Provider provider)
    {
        using var app = new ShowtimesApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await ShowtimeSeed.SeedAsync(services);
        // Last night in New York, before the app's stopped clock (22 October 2026, 12:00 UTC).
        var row = new FeedRow(1, new Dictionary<string, string> { ["film"] = "anora-2024", ["cinema_id"] = "test-house", ["screen"] = "1", ["local_time"] = "2026-10-21T19:00" });
        var screeningId = (await services.GetRequiredService<ShowtimeImporter>().ImportAsync([row], Ct)).ScreeningIds.Single();

        var users = services.GetRequiredService<UserCommands>();
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "hostess", "ana", "ben", "cai", "outsider" })
            ids[name] = (await users.AddAsync(name, Roles.Reader, null, Ct)).Value!.User.Id;

        var clubs = services.GetRequiredService<ClubCommands>();
        var club = (await clubs.CreateAsync(ids["hostess"], "Tuesday Night Cinema", Ct)).Value!;
        Assert.Equal("tuesday-night-cinema", club.Slug);
        foreach (var name in new[] { "ana", "ben", "cai" }) Assert.True((await clubs.JoinAsync(club.Id, ids[name], Ct)).Succeeded);
        Assert.Equal(CommandStatus.Invalid, (await clubs.ScheduleAsync(club.Id, ids["ana"], screeningId, 2, Ct)).Status);
        var outing = (await clubs.ScheduleAsync(club.Id, ids["hostess"], screeningId, capacity: 2, Ct)).Value!;

        Assert.Equal(RsvpStatus.Going, (await clubs.RsvpAsync(outing.Id, ids["ana"], Ct)).Value);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(RsvpStatus.Going, (await clubs.RsvpAsync(outing.Id, ids["ben"], Ct)).Value);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(RsvpStatus.Waitlisted, (await clubs.RsvpAsync(outing.Id, ids["cai"], Ct)).Value);
        Assert.Equal(CommandStatus.Invalid, (await clubs.RsvpAsync(outing.Id, ids["outsider"], Ct)).Status);
        Assert.Equal(RsvpStatus.Cancelled, (await clubs.CancelAsync(outing.Id, ids["ben"], Ct)).Value);
        Assert.Equal(
            [(ids["ana"], RsvpStatus.Going), (ids["ben"], RsvpStatus.Cancelled), (ids["cai"], RsvpStatus.Going)],
            (await clubs.RsvpsAsync(outing.Id, Ct)).Select(e => (e.UserId, e.Status)));

        Assert.True((await clubs.MarkAttendedAsync(outing.Id, ids["hostess"], [ids["ana"], ids["ben"], ids["cai"]], Ct)).Succeeded);
        Assert.Equal(CommandStatus.Invalid, (await clubs.RateAsync(outing.Id, ids["ben"], 9, Ct)).Status);
        Assert.Equal(CommandStatus.Invalid, (await clubs.RateAsync(outing.Id, ids["ana"], 11, Ct)).Status);
        Assert.True((await clubs.RateAsync(outing.Id, ids["ana"], 8, Ct)).Succeeded);

        var hidden = await clubs.RatingsAsync(outing.Id, Ct);
        Assert.Equal((false, 1, 2), (hidden!.Revealed, hidden.Rated, hidden.Attended));
        Assert.Null(hidden.Average);

        Assert.True((await clubs.RateAsync(outing.Id, ids["cai"], 5, Ct)).Succeeded);
        var shown = await clubs.RatingsAsync(outing.Id, Ct);
        Assert.True(shown!.Revealed);
        Assert.Equal(6.5, shown.Average);
        Assert.Equal(1, shown.Histogram[4]);
        Assert.Equal(1, shown.Histogram[7]);
        Assert.Null(await clubs.RatingsAsync(999_999, Ct));
    }

    [Theory]
    [AllProviders]
    public async Task The_host_can_reveal_before_everyone_has_rated(Provider provider)
    {
        using var app = new ShowtimesApp(provider, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await ShowtimeSeed.SeedAsync(services);
        var row = new FeedRow(1, new Dictionary<string, string> { ["film"] = "anora-2024", ["cinema_id"] = "test-kinema", ["screen"] = "1", ["local_time"] = "2026-10-21T19:00" });
        var screeningId = (await services.GetRequiredService<ShowtimeImporter>().ImportAsync([row], Ct)).ScreeningIds.Single();
        var users = services.GetRequiredService<UserCommands>();
        var host = (await users.AddAsync("host", Roles.Reader, null, Ct)).Value!.User.Id;
        var member = (await users.AddAsync("member", Roles.Reader, null, Ct)).Value!.User.Id;
        var clubs = services.GetRequiredService<ClubCommands>();
        var club = (await clubs.CreateAsync(host, "Hackney Film Club", Ct)).Value!;
        await clubs.JoinAsync(club.Id, member, Ct);
        var outing = (await clubs.ScheduleAsync(club.Id, host, screeningId, 10, Ct)).Value!;
        await clubs.RsvpAsync(outing.Id, host, Ct);
        await clubs.RsvpAsync(outing.Id, member, Ct);
        await clubs.MarkAttendedAsync(outing.Id, host, [host, member], Ct);
        await clubs.RateAsync(outing.Id, member, 10, Ct);

        Assert.False((await clubs.RatingsAsync(outing.Id, Ct))!.Revealed);
        Assert.Equal(CommandStatus.Invalid, (await clubs.RevealAsync(outing.Id, member, Ct)).Status);
        Assert.True((await clubs.RevealAsync(outing.Id, host, Ct)).Succeeded);
        var view = await clubs.RatingsAsync(outing.Id, Ct);
        Assert.Equal((true, 10.0, 1, 2), (view!.Revealed, view.Average, view.Rated, view.Attended));
    }
}

using Marquee.Core.Clubs;

namespace Marquee.Tests.Showtimes;

/// <summary>Film club rules: seats, the waiting list, and ratings that stay hidden until everyone who came has rated.</summary>
public sealed class ClubRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seats_go_first_come_and_the_rest_wait_in_order()
    {
        IReadOnlyList<RsvpEntry> list = [];
        foreach (var (user, minute) in new[] { ("ana", 0), ("ben", 1), ("cai", 2), ("dee", 3) })
            list = RsvpBook.Respond(list, user, capacity: 2, T0.AddMinutes(minute));
        Assert.Equal(["ana", "ben"], Going(list));
        Assert.Equal(1, RsvpBook.WaitlistPosition(list, "cai"));
        Assert.Equal(2, RsvpBook.WaitlistPosition(list, "dee"));
        Assert.Null(RsvpBook.WaitlistPosition(list, "ana"));

        // Answering twice keeps the first place.
        Assert.Same(list, RsvpBook.Respond(list, "cai", 2, T0.AddHours(1)));
    }

    [Fact]
    public void A_cancelled_seat_goes_to_the_longest_waiting_and_more_seats_promote_in_order()
    {
        IReadOnlyList<RsvpEntry> list = [];
        foreach (var (user, minute) in new[] { ("ana", 0), ("ben", 1), ("dee", 3), ("cai", 2) })
            list = RsvpBook.Respond(list, user, capacity: 2, T0.AddMinutes(minute));

        list = RsvpBook.Cancel(list, "ana", capacity: 2);
        Assert.Equal(["ben", "cai"], Going(list));
        Assert.Equal(RsvpStatus.Cancelled, list.Single(e => e.UserId == "ana").Status);

        // Coming back after cancelling joins the end of the queue.
        list = RsvpBook.Respond(list, "ana", 2, T0.AddMinutes(10));
        Assert.Equal(2, RsvpBook.WaitlistPosition(list, "ana"));

        list = RsvpBook.Resize(list, 4);
        Assert.Equal(["ben", "dee", "cai", "ana"], Going(list));
        // Fewer seats never unseat anyone.
        Assert.Equal(4, Going(RsvpBook.Resize(list, 1)).Count);
    }

    [Fact]
    public void Ratings_stay_hidden_until_every_attendee_rated()
    {
        string[] attended = ["ana", "ben", "cai"];
        var scores = new Dictionary<string, int> { ["ana"] = 8, ["ben"] = 6, ["zed"] = 1 };
        var hidden = ClubRatings.Summarise(attended, scores, hostRevealed: false);
        Assert.False(hidden.Revealed);
        Assert.Equal((2, 3), (hidden.Rated, hidden.Attended));
        Assert.Null(hidden.Average);
        Assert.Empty(hidden.Histogram);

        scores["cai"] = 7;
        var shown = ClubRatings.Summarise(attended, scores, hostRevealed: false);
        Assert.True(shown.Revealed);
        // zed did not attend: not counted.
        Assert.Equal(7.0, shown.Average);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 0, 0], shown.Histogram);
    }

    [Fact]
    public void The_host_can_reveal_early_but_not_an_empty_result()
    {
        string[] attended = ["ana", "ben"];
        var early = ClubRatings.Summarise(attended, new Dictionary<string, int> { ["ana"] = 9 }, hostRevealed: true);
        Assert.True(early.Revealed);
        Assert.Equal(9.0, early.Average);
        Assert.False(ClubRatings.Summarise(attended, new Dictionary<string, int>(), hostRevealed: true).Revealed);
        Assert.False(ClubRatings.Summarise(attended, new Dictionary<string, int> { ["ana"] = 11, ["ben"] = 0 }, hostRevealed: false).Revealed);
    }

    private static List<string> Going(IEnumerable<RsvpEntry> list) => list.Where(e => e.Status == RsvpStatus.Going).Select(e => e.UserId).ToList();
}

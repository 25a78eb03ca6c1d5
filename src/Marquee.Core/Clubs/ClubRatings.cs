namespace Marquee.Core.Clubs;

/// <summary>What members see of a club screening's ratings: nothing but progress until revealed, then the average and histogram.</summary>
public sealed record ClubRatingsView(bool Revealed, int Rated, int Attended, double? Average, IReadOnlyList<int> Histogram);

/// <summary>
/// Ratings stay hidden, so no one anchors on the others, until everyone who attended has rated or the host reveals them.
/// Ratings from members who did not attend are not counted.
/// </summary>
public static class ClubRatings
{
    public const int MinScore = 1;
    public const int MaxScore = 10;

    public static bool IsValidScore(int score) => score is >= MinScore and <= MaxScore;

    public static ClubRatingsView Summarise(IReadOnlyCollection<string> attendees, IReadOnlyDictionary<string, int> scoresByUser, bool hostRevealed)
    {
        var counted = scoresByUser.Where(s => attendees.Contains(s.Key) && IsValidScore(s.Value)).Select(s => s.Value).ToList();
        var everyoneRated = attendees.Count > 0 && counted.Count == attendees.Count;
        var revealed = (hostRevealed || everyoneRated) && counted.Count > 0;
        if (!revealed) return new ClubRatingsView(false, counted.Count, attendees.Count, null, []);
        var histogram = new int[MaxScore];
        foreach (var score in counted) histogram[score - 1]++;
        return new ClubRatingsView(true, counted.Count, attendees.Count, Math.Round(counted.Average(), 1), histogram);
    }
}

namespace Marquee.Core.Clubs;

/// <summary>One member's place in a club screening's RSVP list.</summary>
public sealed record RsvpEntry(string UserId, RsvpStatus Status, DateTimeOffset RespondedAt);

/// <summary>
/// The RSVP rules of a club screening: seats go first come, first served up to the capacity; the rest wait in order
/// of answering; when someone going cancels, the longest-waiting member takes the seat.
/// </summary>
public static class RsvpBook
{
    /// <summary>The list after a member says they are coming; answering twice keeps the first place.</summary>
    public static IReadOnlyList<RsvpEntry> Respond(IReadOnlyList<RsvpEntry> entries, string userId, int capacity, DateTimeOffset now)
    {
        if (entries.Any(e => e.UserId == userId && e.Status != RsvpStatus.Cancelled)) return entries;
        var going = entries.Count(e => e.Status == RsvpStatus.Going);
        var status = going < capacity ? RsvpStatus.Going : RsvpStatus.Waitlisted;
        return [.. entries.Where(e => e.UserId != userId), new RsvpEntry(userId, status, now)];
    }

    /// <summary>The list after a member cancels: a freed seat goes to the first on the waiting list.</summary>
    public static IReadOnlyList<RsvpEntry> Cancel(IReadOnlyList<RsvpEntry> entries, string userId, int capacity)
    {
        var updated = entries.Select(e => e.UserId == userId ? e with { Status = RsvpStatus.Cancelled } : e).ToList();
        return Fill(updated, capacity);
    }

    /// <summary>The list after the host changes the capacity: more seats promote waiters; fewer never unseat anyone.</summary>
    public static IReadOnlyList<RsvpEntry> Resize(IReadOnlyList<RsvpEntry> entries, int capacity) => Fill(entries.ToList(), capacity);

    /// <summary>A member's place on the waiting list (1 = next in), or null when not waiting.</summary>
    public static int? WaitlistPosition(IReadOnlyList<RsvpEntry> entries, string userId)
    {
        var waiting = Waiting(entries).ToList();
        var index = waiting.FindIndex(e => e.UserId == userId);
        return index < 0 ? null : index + 1;
    }

    private static List<RsvpEntry> Fill(List<RsvpEntry> entries, int capacity)
    {
        var free = capacity - entries.Count(e => e.Status == RsvpStatus.Going);
        foreach (var next in Waiting(entries).Take(Math.Max(0, free)).ToList())
            entries[entries.IndexOf(next)] = next with { Status = RsvpStatus.Going };
        return entries;
    }

    private static IEnumerable<RsvpEntry> Waiting(IEnumerable<RsvpEntry> entries) =>
        entries.Where(e => e.Status == RsvpStatus.Waitlisted).OrderBy(e => e.RespondedAt).ThenBy(e => e.UserId, StringComparer.Ordinal);
}

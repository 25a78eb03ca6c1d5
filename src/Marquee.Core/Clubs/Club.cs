using Marquee.Core.Common;
using Marquee.Core.Showtimes;

namespace Marquee.Core.Clubs;

/// <summary>A film club: members who go to screenings together and rate what they saw.</summary>
public class Club : IEditable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string HostUserId { get; set; }
    public List<ClubMember> Members { get; set; } = [];
    public List<ClubScreening> Screenings { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A user's membership of a club.</summary>
public class ClubMember
{
    public int Id { get; set; }
    public int ClubId { get; set; }
    public required string UserId { get; set; }
    public bool IsHost { get; set; }
    public DateTimeOffset JoinedAt { get; set; }
}

/// <summary>A screening the club goes to: a seat limit, the RSVPs, and the ratings afterwards.</summary>
public class ClubScreening : IEditable
{
    public int Id { get; set; }
    public int ClubId { get; set; }
    public Club? Club { get; set; }
    public int ScreeningId { get; set; }
    public Screening? Screening { get; set; }
    public int Capacity { get; set; }
    /// <summary>When the host revealed the ratings before everyone had rated; null until then.</summary>
    public DateTimeOffset? RatingsRevealedAt { get; set; }
    public List<ClubRsvp> Rsvps { get; set; } = [];
    public List<ClubRating> Ratings { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

public enum RsvpStatus
{
    Going = 1,
    Waitlisted = 2,
    Cancelled = 3,
}

/// <summary>A member's answer to a club screening; Attended is set by the host afterwards.</summary>
public class ClubRsvp
{
    public int Id { get; set; }
    public int ClubScreeningId { get; set; }
    public required string UserId { get; set; }
    public RsvpStatus Status { get; set; }
    public DateTimeOffset RespondedAt { get; set; }
    public bool Attended { get; set; }
}

/// <summary>A member's rating (1–10) of the film after a club screening.</summary>
public class ClubRating
{
    public int Id { get; set; }
    public int ClubScreeningId { get; set; }
    public required string UserId { get; set; }
    public int Score { get; set; }
    public DateTimeOffset RatedAt { get; set; }
}

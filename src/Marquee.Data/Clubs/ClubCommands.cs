using Marquee.Core.Clubs;
using Marquee.Core.Common;
using Marquee.Core.Showtimes;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Data.Clubs;

/// <summary>
/// Film clubs on the database: clubs, club screenings, RSVPs and ratings, applying the pure rules of <see cref="RsvpBook"/>
/// and <see cref="ClubRatings"/>. Ready for the accounts pages; for now reached only from code and tests.
/// RSVP changes bump the club screening's version, so two members taking the last seat at once cannot both get it.
/// </summary>
public sealed class ClubCommands(MarqueeDbContext db, TimeProvider clock)
{
    public async Task<CommandResult<Club>> CreateAsync(string hostUserId, string name, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > Configuration.FieldLimits.Name) return CommandResult<Club>.Invalid("name", "Give the club a name.");
        var slug = Slug.From(name);
        if (!Slug.IsValid(slug)) return CommandResult<Club>.Invalid("name", "Cannot make a slug from this name.");
        if (await db.Set<Club>().AnyAsync(c => c.Slug == slug, ct)) return CommandResult<Club>.Conflict("name", $"A club '{slug}' exists.");
        var club = new Club { Slug = slug, Name = name.Trim(), HostUserId = hostUserId };
        club.Members.Add(new ClubMember { UserId = hostUserId, IsHost = true, JoinedAt = clock.GetUtcNow() });
        db.Add(club);
        await db.SaveChangesAsync(ct);
        return CommandResult<Club>.Created(club);
    }

    public async Task<CommandResult<bool>> JoinAsync(int clubId, string userId, CancellationToken ct = default)
    {
        if (!await db.Set<Club>().AnyAsync(c => c.Id == clubId, ct)) return CommandResult<bool>.NotFound($"No club {clubId}.");
        if (await db.Set<ClubMember>().AnyAsync(m => m.ClubId == clubId && m.UserId == userId, ct)) return CommandResult<bool>.Ok(true);
        db.Add(new ClubMember { ClubId = clubId, UserId = userId, JoinedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<ClubScreening>> ScheduleAsync(int clubId, string hostUserId, int screeningId, int capacity, CancellationToken ct = default)
    {
        if (await db.Set<Club>().SingleOrDefaultAsync(c => c.Id == clubId, ct) is not { } club) return CommandResult<ClubScreening>.NotFound($"No club {clubId}.");
        if (club.HostUserId != hostUserId) return CommandResult<ClubScreening>.Invalid("host", "Only the host schedules screenings.");
        if (capacity is < 1 or > 1000) return CommandResult<ClubScreening>.Invalid("capacity", "From 1 to 1000 seats.");
        if (!await db.Set<Screening>().AnyAsync(s => s.Id == screeningId, ct)) return CommandResult<ClubScreening>.Invalid("screening", $"No screening {screeningId}.");
        var clubScreening = new ClubScreening { ClubId = clubId, ScreeningId = screeningId, Capacity = capacity };
        db.Add(clubScreening);
        await db.SaveChangesAsync(ct);
        return CommandResult<ClubScreening>.Created(clubScreening);
    }

    /// <summary>A member says they are coming: a seat, or a place on the waiting list.</summary>
    public Task<CommandResult<RsvpStatus>> RsvpAsync(int clubScreeningId, string userId, CancellationToken ct = default) =>
        ChangeRsvpsAsync(clubScreeningId, userId, (entries, capacity) => RsvpBook.Respond(entries, userId, capacity, clock.GetUtcNow()), ct);

    /// <summary>A member cancels; the first on the waiting list takes the seat.</summary>
    public Task<CommandResult<RsvpStatus>> CancelAsync(int clubScreeningId, string userId, CancellationToken ct = default) =>
        ChangeRsvpsAsync(clubScreeningId, userId, (entries, capacity) => RsvpBook.Cancel(entries, userId, capacity), ct);

    /// <summary>The host records who came; only their ratings count.</summary>
    public async Task<CommandResult<bool>> MarkAttendedAsync(int clubScreeningId, string hostUserId, IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        if (await HostedAsync(clubScreeningId, hostUserId, ct) is { } failure) return failure;
        var came = userIds.ToList();
        await db.Set<ClubRsvp>().Where(r => r.ClubScreeningId == clubScreeningId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Attended, x => came.Contains(x.UserId) && x.Status == RsvpStatus.Going), ct);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>A member who attended rates the film (1–10) once the screening has started; rating again replaces the score.</summary>
    public async Task<CommandResult<bool>> RateAsync(int clubScreeningId, string userId, int score, CancellationToken ct = default)
    {
        if (!ClubRatings.IsValidScore(score)) return CommandResult<bool>.Invalid("score", $"From {ClubRatings.MinScore} to {ClubRatings.MaxScore}.");
        var startsAt = await db.Set<ClubScreening>().Where(s => s.Id == clubScreeningId).Select(s => (DateTimeOffset?)s.Screening!.StartsAt).SingleOrDefaultAsync(ct);
        if (startsAt is null) return CommandResult<bool>.NotFound($"No club screening {clubScreeningId}.");
        if (startsAt > clock.GetUtcNow()) return CommandResult<bool>.Invalid("score", "Rate the film after the screening.");
        if (!await db.Set<ClubRsvp>().AnyAsync(r => r.ClubScreeningId == clubScreeningId && r.UserId == userId && r.Attended, ct))
            return CommandResult<bool>.Invalid("user", "Only members who attended rate the screening.");
        var rating = await db.Set<ClubRating>().SingleOrDefaultAsync(r => r.ClubScreeningId == clubScreeningId && r.UserId == userId, ct);
        if (rating is null) db.Add(new ClubRating { ClubScreeningId = clubScreeningId, UserId = userId, Score = score, RatedAt = clock.GetUtcNow() });
        else (rating.Score, rating.RatedAt) = (score, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>The host shows the ratings before everyone has rated.</summary>
    public async Task<CommandResult<bool>> RevealAsync(int clubScreeningId, string hostUserId, CancellationToken ct = default)
    {
        if (await HostedAsync(clubScreeningId, hostUserId, ct) is { } failure) return failure;
        var now = clock.GetUtcNow();
        await db.Set<ClubScreening>().Where(s => s.Id == clubScreeningId && s.RatingsRevealedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RatingsRevealedAt, now), ct);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>What members see of the ratings: progress while hidden; the average and histogram once revealed.</summary>
    public async Task<ClubRatingsView?> RatingsAsync(int clubScreeningId, CancellationToken ct = default)
    {
        var revealedAt = await db.Set<ClubScreening>().Where(s => s.Id == clubScreeningId).Select(s => new { s.RatingsRevealedAt }).SingleOrDefaultAsync(ct);
        if (revealedAt is null) return null;
        var attendees = await db.Set<ClubRsvp>().Where(r => r.ClubScreeningId == clubScreeningId && r.Attended).Select(r => r.UserId).ToListAsync(ct);
        var scores = await db.Set<ClubRating>().Where(r => r.ClubScreeningId == clubScreeningId).ToDictionaryAsync(r => r.UserId, r => r.Score, ct);
        return ClubRatings.Summarise(attendees, scores, revealedAt.RatingsRevealedAt is not null);
    }

    public async Task<IReadOnlyList<RsvpEntry>> RsvpsAsync(int clubScreeningId, CancellationToken ct = default) =>
        await db.Set<ClubRsvp>().AsNoTracking().Where(r => r.ClubScreeningId == clubScreeningId)
            .OrderBy(r => r.RespondedAt).Select(r => new RsvpEntry(r.UserId, r.Status, r.RespondedAt)).ToListAsync(ct);

    private async Task<CommandResult<RsvpStatus>> ChangeRsvpsAsync(
        int clubScreeningId, string userId, Func<IReadOnlyList<RsvpEntry>, int, IReadOnlyList<RsvpEntry>> change, CancellationToken ct)
    {
        var clubScreening = await db.Set<ClubScreening>().Include(s => s.Rsvps).SingleOrDefaultAsync(s => s.Id == clubScreeningId, ct);
        if (clubScreening is null) return CommandResult<RsvpStatus>.NotFound($"No club screening {clubScreeningId}.");
        if (!await db.Set<ClubMember>().AnyAsync(m => m.ClubId == clubScreening.ClubId && m.UserId == userId, ct))
            return CommandResult<RsvpStatus>.Invalid("user", "Only members answer a club screening.");

        var before = clubScreening.Rsvps.Select(r => new RsvpEntry(r.UserId, r.Status, r.RespondedAt)).ToList();
        var after = change(before, clubScreening.Capacity);
        foreach (var entry in after)
        {
            var row = clubScreening.Rsvps.FirstOrDefault(r => r.UserId == entry.UserId);
            if (row is null) clubScreening.Rsvps.Add(new ClubRsvp { UserId = entry.UserId, Status = entry.Status, RespondedAt = entry.RespondedAt });
            else (row.Status, row.RespondedAt) = (entry.Status, entry.RespondedAt);
        }
        // Touch the club screening so its version guards the seat count against a concurrent answer.
        db.Entry(clubScreening).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || db.IsUniqueViolation<ClubRsvp>(e, nameof(ClubRsvp.ClubScreeningId), nameof(ClubRsvp.UserId)))
        {
            db.ChangeTracker.Clear();
            return CommandResult<RsvpStatus>.Conflict("rsvp", "Someone else answered at the same moment; try again.");
        }
        return CommandResult<RsvpStatus>.Ok(after.Single(e => e.UserId == userId).Status);
    }

    private async Task<CommandResult<bool>?> HostedAsync(int clubScreeningId, string hostUserId, CancellationToken ct)
    {
        var host = await db.Set<ClubScreening>().Where(s => s.Id == clubScreeningId).Select(s => s.Club!.HostUserId).SingleOrDefaultAsync(ct);
        if (host is null) return CommandResult<bool>.NotFound($"No club screening {clubScreeningId}.");
        return host == hostUserId ? null : CommandResult<bool>.Invalid("host", "Only the host does this.");
    }
}

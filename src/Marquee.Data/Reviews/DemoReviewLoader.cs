using System.Text.Json;
using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Reviews;

/// <summary>Loads the demo critics and their reviews (written by us) once, after the demo films, in one transaction.</summary>
public sealed class DemoReviewLoader(MarqueeDbContext db, UserManager<MarqueeUser> users, RoleManager<IdentityRole> roles, ReviewImages images, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the demo reviews when there are none and the films exist; returns how many were added.</summary>
    public async Task<int> LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Reviews.AnyAsync(ct)) return 0;
        var demo = Read();
        var films = await db.Films.Where(f => demo.Reviews.Select(r => r.Film).Contains(f.Slug)).ToDictionaryAsync(f => f.Slug, f => f.Id, ct);
        if (films.Count == 0) return 0;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));
        }
        var critics = new Dictionary<string, MarqueeUser>(StringComparer.Ordinal);
        foreach (var c in demo.Critics)
        {
            var user = await users.FindByNameAsync(c.UserName);
            if (user is null)
            {
                user = new MarqueeUser { UserName = c.UserName, DisplayName = c.DisplayName, CreatedAt = clock.GetUtcNow() };
                Check(await users.CreateAsync(user), c.UserName);
                Check(await users.AddToRoleAsync(user, Roles.Critic), c.UserName);
            }
            critics[c.UserName] = user;
        }

        var imageNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in demo.Images)
        {
            var added = await images.AddAsync(ReadResource(i.Resource), new ReviewImageInput(i.AltText, i.Caption, i.Credit, i.Licence),
                new ReviewActor(critics[demo.Critics[0].UserName].Id, IsEditor: true), ct);
            if (!added.Succeeded) throw new InvalidDataException($"demo image {i.Resource}: {added.Detail ?? string.Join(' ', added.Errors!.Values.SelectMany(v => v))}");
            imageNames[i.Resource] = added.Value!.Url;
        }

        var count = 0;
        foreach (var r in demo.Reviews)
        {
            if (!films.TryGetValue(r.Film, out var filmId)) continue;
            var scale = ScoreScales.TryParseName(demo.Critics.Single(c => c.UserName == r.Critic).Scale, out var s) ? s : null;
            var score = Score.ParseOnScale(r.Score, scale);
            if (!score.Success) throw new InvalidDataException($"demo review {r.Slug}: {score.Error}");
            if (!ReviewStatuses.TryParseSpoilerLevel(r.SpoilerLevel, out var level)) throw new InvalidDataException($"demo review {r.Slug}: spoiler level");
            var body = imageNames.Aggregate(string.Join('\n', r.Body), (text, image) => text.Replace($"(demo:{image.Key}", $"({image.Value}", StringComparison.Ordinal));
            var published = new DateTimeOffset(r.Published.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var review = new Review
            {
                Slug = r.Slug, FilmId = filmId, AuthorId = critics[r.Critic].Id, Headline = r.Headline, Dek = r.Dek, Body = body,
                EditorsNote = r.EditorsNote, SpoilerLevel = level, Status = ReviewStatus.Published, PublishedAt = published, ModifiedAt = published, CreatedAt = published,
            };
            review.SetScore(score.Score);
            review.Revisions.Add(new ReviewRevision
            {
                Number = 1, Headline = review.Headline, Dek = review.Dek, Body = body, EditorsNote = review.EditorsNote, ScoreText = review.ScoreText,
                SavedById = review.AuthorId, SavedAt = published,
            });
            db.Reviews.Add(review);
            count++;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return count;
    }

    internal static DemoReviews Read()
    {
        using var stream = typeof(DemoReviewLoader).Assembly.GetManifestResourceStream("Marquee.Data.Reviews.demo-reviews.json")
            ?? throw new InvalidOperationException("The demo reviews are missing from the build.");
        return JsonSerializer.Deserialize<DemoReviews>(stream, Json) ?? throw new InvalidDataException("The demo reviews are empty.");
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(DemoReviewLoader).Assembly.GetManifestResourceStream($"Marquee.Data.Reviews.{name}")
            ?? throw new InvalidOperationException($"The demo image {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Check(IdentityResult result, string user)
    {
        if (!result.Succeeded) throw new InvalidDataException($"demo critic {user}: {string.Join(' ', result.Errors.Select(e => e.Description))}");
    }
}

internal sealed record DemoReviews(List<DemoCritic> Critics, List<DemoImage> Images, List<DemoReview> Reviews);

internal sealed record DemoCritic(string UserName, string DisplayName, string Scale);

internal sealed record DemoImage(string Resource, string AltText, string? Caption, string? Credit, string? Licence);

internal sealed record DemoReview(
    string Slug, string Film, string Critic, string Headline, string Dek, List<string> Body, string? EditorsNote,
    string SpoilerLevel, string Score, DateOnly Published);

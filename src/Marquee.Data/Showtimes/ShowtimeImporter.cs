using Marquee.Core.Showtimes;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data.Showtimes;

/// <summary>
/// Stores showtime feed rows: resolves film and cinema, turns the local time into UTC on the cinema's clock, refuses
/// rows that overlap on a screen or come before the film's first release, and writes the valid rows in one transaction.
/// A row whose slot (cinema, screen, start) already holds the same film updates it, so re-importing a file changes nothing.
/// </summary>
public sealed class ShowtimeImporter(MarqueeDbContext db)
{
    /// <summary>How long a screen is taken when the film's runtime is unknown.</summary>
    public static readonly TimeSpan DefaultRunTime = TimeSpan.FromMinutes(120);

    /// <summary>The field named when a concurrent writer made the import's transaction fail.</summary>
    public const string ConflictField = "conflict";

    /// <summary>Parses and imports a whole feed; parse errors and row errors come back together, by line.</summary>
    public async Task<ImportReport> ImportFeedAsync(string text, bool json, CancellationToken ct = default)
    {
        var (rows, parseErrors) = ShowtimeFeed.Parse(text, json);
        var report = await ImportAsync(rows, ct);
        var problems = parseErrors.Select(e => new ImportProblem(e.Line, e.Field, e.Reason)).Concat(report.Problems).OrderBy(p => p.Line).ToList();
        return report with { Problems = problems };
    }

    public async Task<ImportReport> ImportAsync(IReadOnlyList<FeedRow> rows, CancellationToken ct = default)
    {
        var problems = new List<ImportProblem>();
        void Refuse(int line, string field, string reason) => problems.Add(new ImportProblem(line, field, reason));

        var drafts = new List<ScreeningDraft>();
        foreach (var row in rows)
        {
            var (draft, errors) = ScreeningDrafts.Clean(row);
            foreach (var e in errors) Refuse(e.Line, e.Field, e.Reason);
            if (draft is not null) drafts.Add(draft);
        }

        var slugs = drafts.Select(d => d.Film).Distinct().ToList();
        var films = (await db.Films.AsNoTracking().Where(f => slugs.Contains(f.Slug))
                .Select(f => new { f.Id, f.Slug, f.RuntimeMinutes, FirstRelease = f.ReleaseDates.Min(r => (DateOnly?)r.Date) })
                .ToListAsync(ct))
            .ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var cinemas = await db.Set<Cinema>().AsNoTracking().ToListAsync(ct);

        var accepted = new List<(ScreeningDraft Draft, Screening Row, TimeSpan Length)>();
        foreach (var d in drafts)
        {
            if (!films.TryGetValue(d.Film, out var film)) { Refuse(d.Line, "film", $"No film '{d.Film}' in the catalogue."); continue; }
            var cinema = d.CinemaId is not null
                ? cinemas.FirstOrDefault(c => c.Slug == d.CinemaId)
                : cinemas.FirstOrDefault(c => string.Equals(c.Name, d.CinemaName, StringComparison.OrdinalIgnoreCase) && string.Equals(c.City, d.City, StringComparison.OrdinalIgnoreCase));
            if (cinema is null)
            {
                Refuse(d.Line, d.CinemaId is not null ? "cinema_id" : "cinema", d.CinemaId is not null ? $"No cinema '{d.CinemaId}'." : $"No cinema '{d.CinemaName}' in {d.City}.");
                continue;
            }
            if (d.TimeZone is not null && d.TimeZone != cinema.TimeZone)
            {
                Refuse(d.Line, "time_zone", ZonedTime.FindZone(d.TimeZone) is null
                    ? $"'{d.TimeZone}' is not an IANA time zone."
                    : $"{cinema.Name} is in {cinema.TimeZone}, not {d.TimeZone}; give local times on the cinema's clock.");
                continue;
            }
            var start = ZonedTime.ToUtc(d.LocalTime, cinema.TimeZone, d.Offset);
            if (!start.Succeeded) { Refuse(d.Line, "local_time", start.Reason!); continue; }
            if (film.FirstRelease is { } first && DateOnly.FromDateTime(d.LocalTime) < first)
            {
                Refuse(d.Line, "local_time", $"The screening is before {d.Film}'s first release ({first:yyyy-MM-dd}).");
                continue;
            }
            var row = new Screening
            {
                FilmId = film.Id, CinemaId = cinema.Id, Screen = d.Screen, StartsAt = start.Instant!.Value, Format = d.Format,
                AudioLanguage = d.AudioLanguage, Subtitles = d.Subtitles, Captions = d.Captions, AudioDescription = d.AudioDescription,
                TicketUrl = d.TicketUrl, Price = d.Price, Currency = d.Currency, SoldOut = d.SoldOut,
            };
            accepted.Add((d, row, film.RuntimeMinutes is { } m and > 0 ? TimeSpan.FromMinutes(m) : DefaultRunTime));
        }
        if (accepted.Count == 0) return new ImportReport(0, 0, 0, problems, []);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await ExistingAround(accepted.Select(a => a.Row).ToList(), ct);
        var taken = existing.Select(e => (e.Screening, Length: e.Length)).ToList();
        int added = 0, updated = 0, unchanged = 0;
        var ids = new List<Screening>();
        foreach (var (draft, row, length) in accepted)
        {
            var same = taken.FirstOrDefault(t => t.Screening.CinemaId == row.CinemaId && t.Screening.Screen == row.Screen && t.Screening.StartsAt == row.StartsAt);
            if (same.Screening is not null && same.Screening.FilmId == row.FilmId)
            {
                if (Copy(row, same.Screening)) updated++; else unchanged++;
                ids.Add(same.Screening);
                continue;
            }
            var clash = taken.FirstOrDefault(t => t.Screening.CinemaId == row.CinemaId && t.Screening.Screen == row.Screen
                && row.StartsAt < t.Screening.StartsAt + t.Length && t.Screening.StartsAt < row.StartsAt + length);
            if (clash.Screening is not null)
            {
                Refuse(draft.Line, "screen", $"Screen {row.Screen} is already showing something from {clash.Screening.StartsAt:yyyy-MM-dd HH:mm} UTC to {(clash.Screening.StartsAt + clash.Length):HH:mm} UTC.");
                continue;
            }
            db.Add(row);
            taken.Add((row, length));
            ids.Add(row);
            added++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation<Screening>(e, nameof(Screening.CinemaId), nameof(Screening.Screen), nameof(Screening.StartsAt)))
        {
            // Another writer filled one of these slots between our read and our write: nothing of this import is kept.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            problems.Add(new ImportProblem(accepted[0].Draft.Line, ConflictField, "Another import changed these screens at the same moment; nothing was saved. Run the import again."));
            return new ImportReport(0, 0, 0, problems.OrderBy(p => p.Line).ToList(), []);
        }
        db.ChangeTracker.Clear();
        return new ImportReport(added, updated, unchanged, problems.OrderBy(p => p.Line).ToList(), ids.Select(s => s.Id).ToList());
    }

    // The screenings on the affected screens within a day of the imported rows, tracked so an unchanged re-import can be detected and an update saved.
    private async Task<List<(Screening Screening, TimeSpan Length)>> ExistingAround(List<Screening> rows, CancellationToken ct)
    {
        var cinemaIds = rows.Select(r => r.CinemaId).Distinct().ToList();
        var from = rows.Min(r => r.StartsAt).AddDays(-1);
        var to = rows.Max(r => r.StartsAt).AddDays(1);
        var found = await db.Set<Screening>()
            .Where(s => cinemaIds.Contains(s.CinemaId) && s.StartsAt >= from && s.StartsAt <= to)
            .Select(s => new { Screening = s, s.Film!.RuntimeMinutes })
            .ToListAsync(ct);
        return found.Select(f => (f.Screening, f.RuntimeMinutes is { } m and > 0 ? TimeSpan.FromMinutes(m) : DefaultRunTime)).ToList();
    }

    // Copies the feed's fields onto the stored screening; true when anything changed.
    private static bool Copy(Screening from, Screening to)
    {
        var changed = to.Format != from.Format || to.AudioLanguage != from.AudioLanguage || to.Subtitles != from.Subtitles
            || to.Captions != from.Captions || to.AudioDescription != from.AudioDescription || to.TicketUrl != from.TicketUrl
            || to.Price != from.Price || to.Currency != from.Currency || to.SoldOut != from.SoldOut;
        if (!changed) return false;
        to.Format = from.Format;
        to.AudioLanguage = from.AudioLanguage;
        to.Subtitles = from.Subtitles;
        to.Captions = from.Captions;
        to.AudioDescription = from.AudioDescription;
        to.TicketUrl = from.TicketUrl;
        to.Price = from.Price;
        to.Currency = from.Currency;
        to.SoldOut = from.SoldOut;
        return true;
    }
}

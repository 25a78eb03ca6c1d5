using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Core.Showtimes;

/// <summary>A feed row with typed fields, before the film, the cinema and the time are checked against the catalogue.</summary>
public sealed record ScreeningDraft(
    int Line,
    string Film,
    string? CinemaId,
    string? CinemaName,
    string? City,
    string Screen,
    DateTime LocalTime,
    TimeSpan? Offset,
    string? TimeZone,
    ScreeningFormat Format,
    string? AudioLanguage,
    string? Subtitles,
    bool Captions,
    bool AudioDescription,
    string? TicketUrl,
    decimal? Price,
    string? Currency,
    bool SoldOut);

/// <summary>Turns a feed row's text into a typed draft, naming each field that is missing or malformed.</summary>
public static partial class ScreeningDrafts
{
    public const int MaxText = 200;

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex LocalTimePattern();

    public static (ScreeningDraft? Draft, IReadOnlyList<FeedError> Errors) Clean(FeedRow row)
    {
        var errors = new List<FeedError>();
        void Error(string field, string reason) => errors.Add(new FeedError(row.Line, field, reason));

        var film = row["film"];
        if (film is null) Error("film", "Required: the film's slug (e.g. anora-2024).");
        var cinemaId = row["cinema_id"];
        var cinemaName = row["cinema"];
        var city = row["city"];
        if (cinemaId is null && (cinemaName is null || city is null)) Error("cinema", "Give cinema_id, or cinema and city.");
        var screen = row["screen"];
        if (screen is null) Error("screen", "Required: the screen's name or number.");

        DateTime local = default;
        TimeSpan? offset = null;
        if (row["local_time"] is not { } time) Error("local_time", "Required: the local start time, e.g. 2026-11-22T19:30.");
        else if (!TryParseLocalTime(time, out local, out offset)) Error("local_time", $"'{time}' is not a time like 2026-11-22T19:30 (an offset such as -05:00 may follow).");
        else if (!ProgrammeDay.IsInRange(DateOnly.FromDateTime(local)))
            Error("local_time", $"'{time}' is outside the years screenings can have ({ProgrammeDay.Earliest.Year}–{ProgrammeDay.Latest.Year}).");

        var format = ScreeningFormat.TwoD;
        if (row["format"] is { } f && !ScreeningFormats.TryParse(f, out format))
            Error("format", $"'{f}' is not a format; use one of: {string.Join(", ", ScreeningFormats.Names)}.");

        var captions = Flag(row, "captions", Error);
        var audioDescription = Flag(row, "audio_description", Error);
        var soldOut = Flag(row, "sold_out", Error);

        decimal? price = null;
        if (row["price"] is { } p)
        {
            if (decimal.TryParse(p, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed < 100_000) price = parsed;
            else Error("price", $"'{p}' is not a price like 15.50.");
        }
        var currency = row["currency"]?.ToUpperInvariant();
        if (currency is not null && !(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper))) Error("currency", "Use a three-letter ISO 4217 code such as USD or GBP.");

        var ticketUrl = row["ticket_url"];
        if (ticketUrl is not null && !IsWebAddress(ticketUrl)) Error("ticket_url", "Must be an http or https address.");

        foreach (var (field, value) in row.Fields)
        {
            if (value.Length > (field == "ticket_url" ? 2000 : MaxText)) Error(field, "Too long.");
        }

        if (errors.Count > 0) return (null, errors);
        return (new ScreeningDraft(row.Line, film!, cinemaId, cinemaName, city, screen!, local, offset, row["time_zone"], format,
            row["audio_language"], row["subtitles"], captions, audioDescription, ticketUrl, price, currency, soldOut), errors);
    }

    public static bool TryParseLocalTime(string text, out DateTime local, out TimeSpan? offset)
    {
        local = default;
        offset = null;
        var match = LocalTimePattern().Match(text.Trim());
        if (!match.Success) return false;
        var time = match.Groups[2].Value.Length == 5 ? match.Groups[2].Value + ":00" : match.Groups[2].Value;
        if (!DateTime.TryParseExact($"{match.Groups[1].Value}T{time}", "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            return false;
        var zone = match.Groups[3].Value;
        if (zone == "Z") offset = TimeSpan.Zero;
        else if (zone.Length > 0)
        {
            // Offsets run from -14:00 to +14:00; "99:00" is no clock's.
            if (!TimeSpan.TryParseExact(zone[1..], "hh\\:mm", CultureInfo.InvariantCulture, out var span) || span > TimeSpan.FromHours(14)) return false;
            offset = zone[0] == '-' ? -span : span;
        }
        return true;
    }

    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool Flag(FeedRow row, string field, Action<string, string> error)
    {
        switch (row[field]?.ToLowerInvariant())
        {
            case null or "false" or "no" or "0": return false;
            case "true" or "yes" or "1": return true;
            default:
                error(field, "Use true or false.");
                return false;
        }
    }
}

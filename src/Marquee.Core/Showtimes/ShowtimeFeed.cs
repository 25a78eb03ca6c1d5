using System.Text;
using System.Text.Json;

namespace Marquee.Core.Showtimes;

/// <summary>One screening as a feed gives it: raw text per field, and the line it started on.</summary>
public sealed record FeedRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string? this[string field] => Fields.TryGetValue(field, out var value) && value.Trim().Length > 0 ? value.Trim() : null;
}

/// <summary>A problem with one row of a feed, named by line and field.</summary>
public sealed record FeedError(int Line, string Field, string Reason)
{
    public override string ToString() => $"line {Line}: {Field}: {Reason}";
}

/// <summary>
/// Reads a showtime feed (CSV with a header row, or JSON) into rows of raw fields. Pure: text in, rows and errors out.
/// Field names are the CSV header names; JSON uses the same names in camelCase (cinema_id → cinemaId).
/// </summary>
public static class ShowtimeFeed
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "film", "cinema_id", "cinema", "city", "screen", "local_time", "time_zone", "format", "audio_language", "subtitles",
        "captions", "audio_description", "ticket_url", "price", "currency", "sold_out",
    ];

    public static (IReadOnlyList<FeedRow> Rows, IReadOnlyList<FeedError> Errors) Parse(string text, bool json) =>
        json ? ParseJson(text) : ParseCsv(text);

    /// <summary>True when the text looks like JSON (starts with [ or {), for callers that were not told the format.</summary>
    public static bool LooksLikeJson(string text) => text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n') is ['[' or '{', ..];

    public static (IReadOnlyList<FeedRow>, IReadOnlyList<FeedError>) ParseCsv(string text)
    {
        var rows = new List<FeedRow>();
        var errors = new List<FeedError>();
        var records = CsvRecords(text.TrimStart('\uFEFF')).Where(r => !(r.Cells.Count == 1 && r.Cells[0].Trim().Length == 0)).ToList();
        if (records.Count == 0)
        {
            errors.Add(new FeedError(1, "header", "The file is empty; the first row must name the columns."));
            return (rows, errors);
        }
        var header = records[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
            errors.Add(new FeedError(records[0].Line, unknown, $"Unknown column; the columns are: {string.Join(", ", Columns)}."));
        if (errors.Count > 0) return (rows, errors);
        foreach (var duplicate in header.GroupBy(h => h).Where(g => g.Count() > 1))
            errors.Add(new FeedError(records[0].Line, duplicate.Key, "This column appears twice."));
        if (errors.Count > 0) return (rows, errors);

        foreach (var record in records.Skip(1))
        {
            if (record.Error is not null)
            {
                errors.Add(new FeedError(record.Line, "row", record.Error));
                continue;
            }
            if (record.Cells.Count != header.Count)
            {
                errors.Add(new FeedError(record.Line, "row", $"Has {record.Cells.Count} cells; the header has {header.Count}."));
                continue;
            }
            rows.Add(new FeedRow(record.Line, header.Zip(record.Cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }
        return (rows, errors);
    }

    public static (IReadOnlyList<FeedRow>, IReadOnlyList<FeedError>) ParseJson(string text)
    {
        var rows = new List<FeedRow>();
        var errors = new List<FeedError>();
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read()) throw new JsonException("empty");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // { "screenings": [ … ] }
                if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || reader.GetString() != "screenings" || !reader.Read())
                    return (rows, [new FeedError(LineAt(bytes, reader.TokenStartIndex), "screenings", "Expected an array, or an object with a \"screenings\" array.")]);
            }
            if (reader.TokenType != JsonTokenType.StartArray)
                return (rows, [new FeedError(LineAt(bytes, reader.TokenStartIndex), "screenings", "Expected an array of screenings.")]);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineAt(bytes, reader.TokenStartIndex);
                using var item = JsonDocument.ParseValue(ref reader);
                if (item.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new FeedError(line, "row", "Each screening must be a JSON object."));
                    continue;
                }
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                var ok = true;
                foreach (var property in item.RootElement.EnumerateObject())
                {
                    var column = SnakeCase(property.Name);
                    if (!Columns.Contains(column))
                    {
                        errors.Add(new FeedError(line, property.Name, "Unknown field."));
                        ok = false;
                        continue;
                    }
                    switch (property.Value.ValueKind)
                    {
                        case JsonValueKind.String: fields[column] = property.Value.GetString()!; break;
                        case JsonValueKind.Number: fields[column] = property.Value.GetRawText(); break;
                        case JsonValueKind.True: fields[column] = "true"; break;
                        case JsonValueKind.False: fields[column] = "false"; break;
                        case JsonValueKind.Null: break;
                        default:
                            errors.Add(new FeedError(line, property.Name, "Must be a string, number or boolean."));
                            ok = false;
                            break;
                    }
                }
                if (ok) rows.Add(new FeedRow(line, fields));
            }
        }
        catch (JsonException e)
        {
            errors.Add(new FeedError((int)(e.LineNumber ?? 0) + 1, "body", "The file is not valid JSON."));
        }
        return (rows, errors);
    }

    private static int LineAt(byte[] bytes, long index) => 1 + bytes.AsSpan(0, (int)index).Count((byte)'\n');

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c)) sb.Append('_').Append(char.ToLowerInvariant(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private sealed record CsvRecord(int Line, List<string> Cells, string? Error);

    // RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; a record is numbered by the line it starts on.
    private static IEnumerable<CsvRecord> CsvRecords(string text)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            string? error = null;
            var quoted = false;
            var endOfRecord = false;
            while (i < text.Length && !endOfRecord)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                    if (c == '"') { quoted = false; i++; continue; }
                    if (c == '\n') line++;
                    cell.Append(c);
                    i++;
                    continue;
                }
                switch (c)
                {
                    case '"' when cell.Length == 0: quoted = true; break;
                    case '"': error ??= "A quote inside an unquoted cell; quote the whole cell and double the quote."; cell.Append(c); break;
                    case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                    case '\r': break;
                    case '\n': line++; endOfRecord = true; break;
                    default: cell.Append(c); break;
                }
                i++;
            }
            if (quoted) error ??= "A quoted cell is not closed.";
            cells.Add(cell.ToString());
            yield return new CsvRecord(start, cells, error);
        }
    }
}

using System.Text;

namespace Marquee.Import.Catalog;

/// <summary>RFC 4180 CSV over a line source: quoted fields, doubled quotes, newlines inside quotes. Pure: lines in, records out.</summary>
public static class Csv
{
    /// <summary>Records with the line each one starts on; an unclosed quote at the end of the input is a bad record.</summary>
    public static IEnumerable<(long Line, string[]? Fields, string? Error)> Records(Func<string?> readLine, Func<long> lineNumber)
    {
        while (readLine() is { } first)
        {
            var start = lineNumber();
            var fields = new List<string>();
            var field = new StringBuilder();
            var line = first;
            var inQuotes = false;
            var ended = false;
            while (true)
            {
                for (var i = 0; i < line.Length; i++)
                {
                    var c = line[i];
                    if (inQuotes)
                    {
                        if (c != '"') field.Append(c);
                        else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                        else inQuotes = false;
                    }
                    else if (c == '"' && field.Length == 0) inQuotes = true;
                    else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                    else if (c != '\r' || i != line.Length - 1) field.Append(c);
                }
                if (!inQuotes) break;
                var next = readLine();
                if (next is null) { ended = true; break; }
                field.Append('\n');
                line = next;
            }
            fields.Add(field.ToString());
            yield return ended ? (start, null, "a quoted field is never closed") : (start, fields.ToArray(), null);
        }
    }
}

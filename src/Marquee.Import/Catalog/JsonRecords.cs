using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Marquee.Import.Catalog;

/// <summary>
/// Reads a JSON array a record at a time, streaming, with the line each record starts on, so a bad record is reported
/// where an editor shows it ("movies.json:2660"), whether records take one line each or many.
/// </summary>
public static class JsonRecords
{
    private const int FirstBufferSize = 64 * 1024;

    public static async IAsyncEnumerable<(long Line, JsonElement Record)> ReadAsync(Stream json, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var buffer = new byte[FirstBufferSize];
        var cursor = new Cursor();
        int filled = 0;
        var final = false;
        while (!cursor.Ended)
        {
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2); // one record longer than the buffer
            var read = await json.ReadAsync(buffer.AsMemory(filled), ct);
            final = read == 0;
            filled += read;
            var records = new List<(long, JsonElement)>();
            var consumed = cursor.Step(buffer.AsSpan(0, filled), final, records);
            foreach (var record in records) yield return record;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            if (final && !cursor.Ended) throw new JsonException("The JSON array is not closed: the file ends early.", null, cursor.Line - 1, null);
        }
    }

    /// <summary>Where the reading stands between two chunks of the file.</summary>
    private sealed class Cursor
    {
        private JsonReaderState state;

        /// <summary>The line the unread bytes start on.</summary>
        public long Line { get; private set; } = 1;

        public bool Started { get; private set; }

        public bool Ended { get; private set; }

        /// <summary>Reads every whole record in these bytes; returns how many bytes it used.</summary>
        public int Step(ReadOnlySpan<byte> bytes, bool final, List<(long, JsonElement)> records)
        {
            var reader = new Utf8JsonReader(bytes, final, state);
            var counted = 0; // bytes whose newlines are already in Line
            // A broken file throws JsonException from here, at the file's own line: the reader's state carries the count.
            while (!Ended)
            {
                var before = reader;
                if (!reader.Read()) { reader = before; break; }
                if (!Started)
                {
                    if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("The file is not a JSON array.", null, Line - 1 + Newlines(bytes[..(int)reader.TokenStartIndex]), null);
                    Started = true;
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndArray) { Ended = true; break; }
                var start = (int)reader.TokenStartIndex;
                if (!JsonDocument.TryParseValue(ref reader, out var document)) { reader = before; break; }
                Line += Newlines(bytes[counted..start]);
                counted = start;
                using (document) records.Add((Line, document.RootElement.Clone()));
            }
            var consumed = (int)reader.BytesConsumed;
            Line += Newlines(bytes[counted..consumed]);
            state = reader.CurrentState;
            return consumed;
        }

        private static int Newlines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');
    }
}

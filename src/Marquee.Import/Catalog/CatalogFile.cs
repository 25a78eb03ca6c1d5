using System.IO.Compression;
using System.Text;

namespace Marquee.Import.Catalog;

/// <summary>
/// Reads a catalogue file line by line, gzip or plain (told apart by the gzip magic bytes, not the name), in a strict
/// encoding, reporting how far through the file it is. Streams: memory stays flat whatever the file's size.
/// </summary>
public sealed class CatalogFile : IDisposable
{
    private readonly FileStream file;
    private readonly StreamReader reader;
    private readonly CountingStream? gzip;
    private readonly Stream data;

    private CatalogFile(string path, Encoding encoding)
    {
        Path = path;
        Name = System.IO.Path.GetFileName(path);
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Stream stream = file;
        var magic = new byte[2];
        var read = file.Read(magic, 0, 2);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1f && magic[1] == 0x8b) stream = gzip = new CountingStream(new GZipStream(file, CompressionMode.Decompress));
        data = stream;
        reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
    }

    /// <summary>The decompressed bytes, for formats read as a whole (JSON arrays); use this or <see cref="ReadLine"/>, not both.</summary>
    public Stream Data => data;

    /// <summary>
    /// UTF-8 where a byte that is not UTF-8 becomes U+FFFD, which <see cref="ReadLine"/> turns into an error naming the
    /// exact line (a throwing decoder fails a whole 64 KB buffer early, at the wrong line).
    /// </summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static CatalogFile Open(string path, Encoding? encoding = null) => new(path, encoding ?? StrictUtf8);

    public string Path { get; }
    public string Name { get; }
    public long Length => file.Length;

    /// <summary>Bytes of the file consumed so far (compressed bytes for gzip): the basis for progress and ETA.</summary>
    public long Position => file.Position;

    /// <summary>The line last read, 1 for the header.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Size and modification time, so a checkpoint can tell a changed file from the one it was made for.</summary>
    public string Fingerprint()
    {
        var info = new FileInfo(Path);
        return $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
    }

    /// <summary>The next line, or null at the end; a broken file is a <see cref="CatalogFileException"/> naming the line.</summary>
    public string? ReadLine()
    {
        try
        {
            var line = reader.ReadLine();
            if (line is not null) LineNumber++;
            else if (gzip is not null) CheckGzipTrailer(gzip.Count);
            if (LineNumber == 1 && line is not null && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (line is not null && line.Contains('\uFFFD', StringComparison.Ordinal) && reader.CurrentEncoding is UTF8Encoding)
                throw new CatalogFileException(Name, LineNumber, "not valid UTF-8 text (is the file in another encoding, such as Latin-1?)");
            return line;
        }
        catch (DecoderFallbackException ex)
        {
            throw new CatalogFileException(Name, LineNumber + 1, $"not valid {reader.CurrentEncoding.WebName} text (is the file in another encoding?)", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new CatalogFileException(Name, LineNumber + 1, $"the gzip data is damaged: {ex.Message}", ex);
        }
        catch (EndOfStreamException ex)
        {
            throw new CatalogFileException(Name, LineNumber + 1, "the gzip data ends early: the file is truncated", ex);
        }
    }

    // .NET's GZipStream ends quietly when the data stops early; the trailer's ISIZE (length mod 2^32) tells.
    private void CheckGzipTrailer(long decompressed)
    {
        if (file.Length < 18) throw new CatalogFileException(Name, LineNumber + 1, "the gzip data ends early: the file is truncated");
        var trailer = new byte[4];
        using var again = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        again.Seek(-4, SeekOrigin.End);
        again.ReadExactly(trailer);
        if (BitConverter.ToUInt32(trailer) != (uint)decompressed)
            throw new CatalogFileException(Name, LineNumber, "the gzip data ends early: the file is truncated (download it again)");
    }

    public void Dispose()
    {
        reader.Dispose();
        file.Dispose();
    }
}

/// <summary>Counts the bytes read through it: the decompressed length, to check against the gzip trailer.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long Count { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        Count += n;
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Count += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

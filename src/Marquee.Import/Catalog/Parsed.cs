namespace Marquee.Import.Catalog;

/// <summary>A parsed row, or why the row cannot be used. A row can also carry a note about a value that was dropped.</summary>
public readonly record struct Parsed<T>(T? Value, string? Error, string? Note = null)
{
    public static Parsed<T> Ok(T value, string? note = null) => new(value, null, note);
    public static Parsed<T> Bad(string error) => new(default, error);

    /// <summary>A row that is fine but not wanted (a TV episode when importing films): skipped, not reported.</summary>
    public static Parsed<T> Skip => new(default, null);
}

/// <summary>A row the import could not use, or a value it dropped: where it is and why.</summary>
public sealed record ImportProblem(string File, long Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>A file the import cannot read on: truncated, the wrong header, the wrong encoding.</summary>
public sealed class CatalogFileException(string file, long line, string message, Exception? inner = null)
    : Exception($"{file}:{line}: {message}", inner)
{
    public string File { get; } = file;
    public long Line { get; } = line;
}

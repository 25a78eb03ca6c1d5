using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.Catalog;

/// <summary>
/// How far a long job got, saved with each batch so a killed one resumes there: a catalogue import through one file,
/// or a search re-index through one table (source "search", see <see cref="Search.SearchIndexer"/>).
/// </summary>
public class ImportCheckpoint
{
    public int Id { get; set; }

    /// <summary>"imdb", "vega", "wikipedia", "fivethirtyeight"; "search" for a re-index.</summary>
    public required string Source { get; set; }

    /// <summary>The file's name, without its folder: the same download in another folder is the same file.</summary>
    public required string File { get; set; }

    /// <summary>Size and modification time: a changed file starts again from the top.</summary>
    public required string Fingerprint { get; set; }
    public long LinesDone { get; set; }
    public bool Completed { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ImportCheckpointConfiguration : IEntityTypeConfiguration<ImportCheckpoint>
{
    public void Configure(EntityTypeBuilder<ImportCheckpoint> checkpoint)
    {
        checkpoint.ToTable("ImportCheckpoints");
        checkpoint.Property(c => c.Source).HasMaxLength(32);
        checkpoint.Property(c => c.File).HasMaxLength(260);
        checkpoint.Property(c => c.Fingerprint).HasMaxLength(64);
        checkpoint.HasIndex(c => new { c.Source, c.File }).IsUnique();
    }
}

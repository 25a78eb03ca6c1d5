using Marquee.Core.Search;
using Marquee.Data.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.Search;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    // The full-text and trigram indexes over Key are provider-specific and live in the SearchIndex migrations.
    public void Configure(EntityTypeBuilder<SearchDocument> doc)
    {
        doc.ToTable("SearchDocuments");
        doc.Property(d => d.Name).HasMaxLength(FieldLimits.Title);
        doc.Property(d => d.Key).HasMaxLength(FieldLimits.Title * 2);
        doc.HasIndex(d => d.FilmId);
        doc.HasIndex(d => d.PersonId);
        // Whole-name look-ups read the best known of one key first, and stop.
        doc.HasIndex(d => new { d.Key, d.Weight });
        doc.HasOne(d => d.Film).WithMany().HasForeignKey(d => d.FilmId).OnDelete(DeleteBehavior.Cascade);
        doc.HasOne(d => d.Person).WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FilmRatingConfiguration : IEntityTypeConfiguration<FilmRating>
{
    public void Configure(EntityTypeBuilder<FilmRating> rating)
    {
        rating.ToTable("FilmRatings");
        rating.HasKey(r => r.FilmId);
        rating.Property(r => r.Source).HasMaxLength(32);
        rating.HasOne<Core.Films.Film>().WithOne().HasForeignKey<FilmRating>(r => r.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewSearchEntryConfiguration : IEntityTypeConfiguration<ReviewSearchEntry>
{
    // The word indexes over Key and SpoilerKey are provider-specific and live in the ReviewSearch migrations.
    public void Configure(EntityTypeBuilder<ReviewSearchEntry> entry)
    {
        entry.ToTable("ReviewSearch");
        entry.HasKey(e => e.ReviewId);
        entry.Property(e => e.ReviewId).ValueGeneratedNever();
        entry.HasIndex(e => e.FilmId);
        entry.HasOne(e => e.Review).WithOne().HasForeignKey<ReviewSearchEntry>(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

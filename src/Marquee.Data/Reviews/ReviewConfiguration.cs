using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Marquee.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marquee.Data.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.HasIndex(r => r.Slug).IsUnique();
        review.HasIndex(r => new { r.Status, r.PublishedAt });
        review.HasIndex(r => r.AuthorId);
        review.Property(r => r.Slug).HasMaxLength(ReviewLimits.Slug);
        review.Property(r => r.Headline).HasMaxLength(ReviewLimits.Headline);
        review.Property(r => r.Dek).HasMaxLength(ReviewLimits.Dek);
        review.Property(r => r.Body).HasMaxLength(ReviewLimits.Body);
        review.Property(r => r.EditorsNote).HasMaxLength(ReviewLimits.EditorsNote);
        review.Property(r => r.ScoreText).HasMaxLength(Score.MaxTextLength);
        review.Property(r => r.AuthorId).HasMaxLength(450);
        review.Property(r => r.SpoilerLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.ScoreScale).HasConversion(new ValueConverter<ScoreScale, string>(s => s.StoredName(), s => ScoreScales.FromStored(s))).HasMaxLength(16);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasOne(r => r.Film).WithMany().HasForeignKey(r => r.FilmId).OnDelete(DeleteBehavior.Restrict);
        review.HasOne<MarqueeUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        review.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewRevisionConfiguration : IEntityTypeConfiguration<ReviewRevision>
{
    public void Configure(EntityTypeBuilder<ReviewRevision> revision)
    {
        revision.HasIndex(v => new { v.ReviewId, v.Number }).IsUnique();
        revision.Property(v => v.Headline).HasMaxLength(ReviewLimits.Headline);
        revision.Property(v => v.Dek).HasMaxLength(ReviewLimits.Dek);
        revision.Property(v => v.Body).HasMaxLength(ReviewLimits.Body);
        revision.Property(v => v.EditorsNote).HasMaxLength(ReviewLimits.EditorsNote);
        revision.Property(v => v.ScoreText).HasMaxLength(Score.MaxTextLength);
        revision.Property(v => v.CorrectionNote).HasMaxLength(ReviewLimits.CorrectionNote);
        revision.Property(v => v.SavedById).HasMaxLength(450);
    }
}

internal sealed class ReviewImageConfiguration : IEntityTypeConfiguration<ReviewImage>
{
    public void Configure(EntityTypeBuilder<ReviewImage> image)
    {
        image.HasIndex(i => i.FileName).IsUnique();
        image.Property(i => i.FileName).HasMaxLength(64);
        image.Property(i => i.ContentType).HasMaxLength(32);
        image.Property(i => i.AltText).HasMaxLength(ReviewLimits.AltText);
        image.Property(i => i.Caption).HasMaxLength(ReviewLimits.Caption);
        image.Property(i => i.Credit).HasMaxLength(ReviewLimits.Caption);
        image.Property(i => i.Licence).HasMaxLength(100);
        image.Property(i => i.UploadedById).HasMaxLength(450);
    }
}

/// <summary>Column sizes for reviews, shared by the schema and the validators.</summary>
public static class ReviewLimits
{
    public const int Slug = Marquee.Core.Text.Slug.MaxLength;
    public const int Headline = 200;
    public const int Dek = 300;
    public const int Body = 100_000;
    public const int EditorsNote = 500;
    public const int CorrectionNote = 500;
    public const int AltText = 300;
    public const int Caption = 300;
}

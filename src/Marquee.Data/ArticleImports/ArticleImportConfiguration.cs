using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Core.Reviews;
using Marquee.Data.Accounts;
using Marquee.Data.Configuration;
using Marquee.Data.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.ArticleImports;

internal sealed class ArticleImportConfiguration : IEntityTypeConfiguration<ArticleImport>
{
    public void Configure(EntityTypeBuilder<ArticleImport> import)
    {
        // One live import per text: two editors pasting the same article at once get one import, not two.
        import.HasIndex(i => i.SourceHash).IsUnique().HasFilter("\"Status\" <> 'Discarded'");
        import.HasIndex(i => new { i.Status, i.CreatedAt });
        import.Property(i => i.SourceKind).HasMaxLength(8);
        import.Property(i => i.SourceName).HasMaxLength(FieldLimits.Note);
        import.Property(i => i.SourceText).HasMaxLength(ArticleImportLimits.SourceCharacters);
        import.Property(i => i.SourceHash).HasMaxLength(64);
        import.Property(i => i.FilmTitle).HasMaxLength(FieldLimits.Title);
        import.Property(i => i.ScoreText).HasMaxLength(20);
        import.Property(i => i.SpoilerNote).HasMaxLength(FieldLimits.Note);
        import.Property(i => i.Headline).HasMaxLength(ReviewLimits.Headline);
        import.Property(i => i.Dek).HasMaxLength(ReviewLimits.Dek);
        import.Property(i => i.Body).HasMaxLength(ReviewLimits.Body);
        import.Property(i => i.FilmReason).HasMaxLength(FieldLimits.Note);
        import.Property(i => i.FilmStatus).HasConversion<string>().HasMaxLength(16);
        import.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        import.Property(i => i.CreatedById).HasMaxLength(450);
        import.HasOne<Film>().WithMany().HasForeignKey(i => i.FilmId).OnDelete(DeleteBehavior.SetNull);
        import.HasOne<Review>().WithMany().HasForeignKey(i => i.ReviewId).OnDelete(DeleteBehavior.SetNull);
        import.HasOne<MarqueeUser>().WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.Restrict);
        import.HasMany(i => i.Links).WithOne().HasForeignKey(l => l.ArticleImportId).OnDelete(DeleteBehavior.Cascade);
        import.HasMany(i => i.Credits).WithOne().HasForeignKey(c => c.ArticleImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProposedLinkConfiguration : IEntityTypeConfiguration<ProposedLink>
{
    public void Configure(EntityTypeBuilder<ProposedLink> link)
    {
        link.HasIndex(l => new { l.ArticleImportId, l.Spelling, l.PersonId }).IsUnique();
        link.Property(l => l.Spelling).HasMaxLength(FieldLimits.Name);
        link.Property(l => l.Reason).HasMaxLength(FieldLimits.Note);
        link.Property(l => l.Evidence).HasMaxLength(FieldLimits.Note);
        link.Property(l => l.Status).HasConversion<string>().HasMaxLength(16);
        link.Property(l => l.DecidedById).HasMaxLength(450);
        link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProposedCreditConfiguration : IEntityTypeConfiguration<ProposedCredit>
{
    public void Configure(EntityTypeBuilder<ProposedCredit> credit)
    {
        credit.Property(c => c.Person).HasMaxLength(FieldLimits.Name);
        credit.Property(c => c.Character).HasMaxLength(FieldLimits.Name);
        credit.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>How much source an import keeps: 2 MB of UTF-8 is far more than any review page's text.</summary>
public static class ArticleImportLimits
{
    public const int SourceBytes = 2 * 1024 * 1024;
    public const int SourceCharacters = SourceBytes;
}

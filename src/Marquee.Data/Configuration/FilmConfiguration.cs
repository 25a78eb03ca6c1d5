using Marquee.Core.Films;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.Configuration;

internal sealed class FilmConfiguration : IEntityTypeConfiguration<Film>
{
    public void Configure(EntityTypeBuilder<Film> film)
    {
        film.HasIndex(f => f.Slug).IsUnique();
        film.HasIndex(f => f.ImdbId);
        film.HasIndex(f => f.TmdbId);
        film.HasIndex(f => new { f.Title, f.Year });
        film.Property(f => f.Slug).HasMaxLength(FieldLimits.Slug);
        film.Property(f => f.Title).HasMaxLength(FieldLimits.Title);
        film.Property(f => f.OriginalTitle).HasMaxLength(FieldLimits.Title);
        film.Property(f => f.SortTitle).HasMaxLength(FieldLimits.Title);
        film.HasIndex(f => f.SortTitle);
        film.Property(f => f.Logline).HasMaxLength(FieldLimits.Logline);
        film.Property(f => f.Synopsis).HasMaxLength(FieldLimits.Synopsis);
        film.Property(f => f.OriginalLanguage).HasMaxLength(8);
        film.Property(f => f.ImdbId).HasMaxLength(FieldLimits.ExternalId);
        film.Property(f => f.WikidataId).HasMaxLength(FieldLimits.ExternalId);
        film.Property(f => f.Version).IsConcurrencyToken();
        film.HasMany(f => f.Credits).WithOne(c => c.Film).HasForeignKey(c => c.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.ReleaseDates).WithOne(r => r.Film).HasForeignKey(r => r.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.AlternativeTitles).WithOne().HasForeignKey(t => t.FilmId).OnDelete(DeleteBehavior.Cascade);
        film.HasMany(f => f.Images).WithOne(i => i.Film).HasForeignKey(i => i.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FilmTitleConfiguration : IEntityTypeConfiguration<FilmTitle>
{
    public void Configure(EntityTypeBuilder<FilmTitle> title)
    {
        title.Property(t => t.Title).HasMaxLength(FieldLimits.Title);
        title.Property(t => t.Region).HasMaxLength(8);
        title.Property(t => t.Language).HasMaxLength(8);
        title.Property(t => t.Kind).HasMaxLength(FieldLimits.Label);
        title.HasIndex(t => t.Title);
    }
}

internal sealed class ReleaseDateConfiguration : IEntityTypeConfiguration<ReleaseDate>
{
    public void Configure(EntityTypeBuilder<ReleaseDate> release)
    {
        release.Property(r => r.Country).HasMaxLength(2);
        release.Property(r => r.Note).HasMaxLength(FieldLimits.Note);
        release.Property(r => r.Version).IsConcurrencyToken();
        release.HasIndex(r => new { r.FilmId, r.Country, r.Type, r.Date });
        release.HasIndex(r => r.Date);
    }
}

internal sealed class CreditConfiguration : IEntityTypeConfiguration<Credit>
{
    public void Configure(EntityTypeBuilder<Credit> credit)
    {
        credit.Property(c => c.Character).HasMaxLength(FieldLimits.Name);
        credit.Property(c => c.CreditedAs).HasMaxLength(FieldLimits.Name);
        credit.Property(c => c.Department).HasMaxLength(FieldLimits.Label);
        credit.Property(c => c.Job).HasMaxLength(FieldLimits.Label);
        credit.Property(c => c.Version).IsConcurrencyToken();
        credit.HasIndex(c => new { c.FilmId, c.Kind, c.Order });
        credit.HasIndex(c => c.PersonId);
        credit.HasOne(c => c.Person).WithMany(p => p.Credits).HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImageConfiguration : IEntityTypeConfiguration<Image>
{
    public void Configure(EntityTypeBuilder<Image> image)
    {
        image.Property(i => i.FileName).HasMaxLength(FieldLimits.FileName);
        image.Property(i => i.AltText).HasMaxLength(FieldLimits.Note);
        image.Property(i => i.Caption).HasMaxLength(FieldLimits.Note);
        image.Property(i => i.Credit).HasMaxLength(FieldLimits.Name);
        image.Property(i => i.Licence).HasMaxLength(FieldLimits.Name);
        image.HasOne(i => i.Person).WithMany(p => p.Images).HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

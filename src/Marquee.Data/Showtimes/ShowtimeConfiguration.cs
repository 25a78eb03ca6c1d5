using Marquee.Core.Clubs;
using Marquee.Core.Showtimes;
using Marquee.Data.Accounts;
using Marquee.Data.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.Showtimes;

internal sealed class CinemaConfiguration : IEntityTypeConfiguration<Cinema>
{
    public void Configure(EntityTypeBuilder<Cinema> cinema)
    {
        cinema.HasIndex(c => c.Slug).IsUnique();
        cinema.HasIndex(c => c.City);
        cinema.Property(c => c.Slug).HasMaxLength(FieldLimits.Slug);
        cinema.Property(c => c.Name).HasMaxLength(FieldLimits.Name);
        cinema.Property(c => c.Address).HasMaxLength(ShowtimeLimits.Address);
        cinema.Property(c => c.City).HasMaxLength(FieldLimits.Label);
        cinema.Property(c => c.PostalCode).HasMaxLength(ShowtimeLimits.PostalCode);
        cinema.Property(c => c.Country).HasMaxLength(2);
        cinema.Property(c => c.TimeZone).HasMaxLength(ShowtimeLimits.TimeZone);
        cinema.Property(c => c.Website).HasMaxLength(ShowtimeLimits.Url);
        cinema.Property(c => c.Version).IsConcurrencyToken();
        cinema.HasMany(c => c.Screenings).WithOne(s => s.Cinema).HasForeignKey(s => s.CinemaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScreeningConfiguration : IEntityTypeConfiguration<Screening>
{
    public void Configure(EntityTypeBuilder<Screening> screening)
    {
        // One screen shows one thing at a time: the slot is the screening's natural key, and makes re-imports idempotent.
        screening.HasIndex(s => new { s.CinemaId, s.Screen, s.StartsAt }).IsUnique();
        screening.HasIndex(s => new { s.FilmId, s.StartsAt });
        screening.HasIndex(s => s.StartsAt);
        screening.Property(s => s.Screen).HasMaxLength(ShowtimeLimits.ShortText);
        screening.Property(s => s.AudioLanguage).HasMaxLength(ShowtimeLimits.ShortText);
        screening.Property(s => s.Subtitles).HasMaxLength(ShowtimeLimits.ShortText);
        screening.Property(s => s.TicketUrl).HasMaxLength(ShowtimeLimits.Url);
        screening.Property(s => s.Price).HasPrecision(10, 2);
        screening.Property(s => s.Currency).HasMaxLength(3);
        screening.Property(s => s.Version).IsConcurrencyToken();
        screening.HasOne(s => s.Film).WithMany().HasForeignKey(s => s.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClubConfiguration : IEntityTypeConfiguration<Club>
{
    public void Configure(EntityTypeBuilder<Club> club)
    {
        club.HasIndex(c => c.Slug).IsUnique();
        club.Property(c => c.Slug).HasMaxLength(FieldLimits.Slug);
        club.Property(c => c.Name).HasMaxLength(FieldLimits.Name);
        club.Property(c => c.Description).HasMaxLength(FieldLimits.Synopsis);
        club.Property(c => c.Version).IsConcurrencyToken();
        club.HasOne<MarqueeUser>().WithMany().HasForeignKey(c => c.HostUserId).OnDelete(DeleteBehavior.Restrict);
        club.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ClubId).OnDelete(DeleteBehavior.Cascade);
        club.HasMany(c => c.Screenings).WithOne(s => s.Club).HasForeignKey(s => s.ClubId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClubMemberConfiguration : IEntityTypeConfiguration<ClubMember>
{
    public void Configure(EntityTypeBuilder<ClubMember> member)
    {
        member.HasIndex(m => new { m.ClubId, m.UserId }).IsUnique();
        member.HasOne<MarqueeUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClubScreeningConfiguration : IEntityTypeConfiguration<ClubScreening>
{
    public void Configure(EntityTypeBuilder<ClubScreening> clubScreening)
    {
        clubScreening.HasIndex(s => new { s.ClubId, s.ScreeningId }).IsUnique();
        clubScreening.Property(s => s.Version).IsConcurrencyToken();
        clubScreening.HasOne(s => s.Screening).WithMany().HasForeignKey(s => s.ScreeningId).OnDelete(DeleteBehavior.Cascade);
        clubScreening.HasMany(s => s.Rsvps).WithOne().HasForeignKey(r => r.ClubScreeningId).OnDelete(DeleteBehavior.Cascade);
        clubScreening.HasMany(s => s.Ratings).WithOne().HasForeignKey(r => r.ClubScreeningId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClubRsvpConfiguration : IEntityTypeConfiguration<ClubRsvp>
{
    public void Configure(EntityTypeBuilder<ClubRsvp> rsvp)
    {
        rsvp.HasIndex(r => new { r.ClubScreeningId, r.UserId }).IsUnique();
        rsvp.HasOne<MarqueeUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClubRatingConfiguration : IEntityTypeConfiguration<ClubRating>
{
    public void Configure(EntityTypeBuilder<ClubRating> rating)
    {
        rating.HasIndex(r => new { r.ClubScreeningId, r.UserId }).IsUnique();
        rating.HasOne<MarqueeUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Column sizes for showtimes, shared by the schema and the validators.</summary>
public static class ShowtimeLimits
{
    public const int Address = 300;
    public const int PostalCode = 16;
    public const int TimeZone = 64;
    public const int Url = 2000;
    public const int ShortText = 100;
}

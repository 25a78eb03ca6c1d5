using Marquee.Core.People;
using Marquee.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marquee.Data.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.HasIndex(p => p.Slug).IsUnique();
        person.HasIndex(p => p.ImdbId);
        person.HasIndex(p => p.Name);
        person.Property(p => p.Slug).HasMaxLength(FieldLimits.Slug);
        person.Property(p => p.Name).HasMaxLength(FieldLimits.Name);
        person.Property(p => p.ImdbId).HasMaxLength(FieldLimits.ExternalId);
        person.Property(p => p.WikidataId).HasMaxLength(FieldLimits.ExternalId);
        person.Property(p => p.Version).IsConcurrencyToken();
        person.HasMany(p => p.Aliases).WithOne(a => a.Person).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> alias)
    {
        alias.Property(a => a.Name).HasMaxLength(FieldLimits.Name);
        alias.Property(a => a.Slug).HasMaxLength(FieldLimits.Slug);
        alias.Property(a => a.Script).HasMaxLength(32);
        alias.Property(a => a.Source).HasMaxLength(FieldLimits.Note);
        alias.HasIndex(a => a.Slug);
        alias.HasIndex(a => new { a.PersonId, a.Name }).IsUnique();
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.HasIndex(t => t.Hash).IsUnique();
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.Property(t => t.Name).HasMaxLength(FieldLimits.Label);
        token.HasOne(t => t.User).WithMany(u => u.ApiTokens).HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

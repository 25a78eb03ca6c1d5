using Marquee.Core.Films;
using Marquee.Core.People;
using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Data;

/// <summary>The one database of Marquee. Each provider has a subclass that owns its migration set.</summary>
public abstract class MarqueeDbContext(DbContextOptions options) : IdentityDbContext<MarqueeUser>(options)
{
    public DbSet<Film> Films => Set<Film>();
    public DbSet<FilmTitle> FilmTitles => Set<FilmTitle>();
    public DbSet<ReleaseDate> ReleaseDates => Set<ReleaseDate>();
    public DbSet<Credit> Credits => Set<Credit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Image> Images => Set<Image>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<Core.Reviews.Review> Reviews => Set<Core.Reviews.Review>();
    public DbSet<Core.Reviews.ReviewRevision> ReviewRevisions => Set<Core.Reviews.ReviewRevision>();
    public DbSet<Core.Reviews.ReviewImage> ReviewImages => Set<Core.Reviews.ReviewImage>();
    public DbSet<ArticleImports.ArticleImport> ArticleImports => Set<ArticleImports.ArticleImport>();
    public DbSet<ArticleImports.ProposedLink> ProposedLinks => Set<ArticleImports.ProposedLink>();
    public DbSet<ArticleImports.ProposedCredit> ProposedCredits => Set<ArticleImports.ProposedCredit>();

    /// <summary>The provider's own SQL: what hand-written queries that differ by provider ask for.</summary>
    public abstract SqlDialect Dialect { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarqueeDbContext).Assembly);
    }
}

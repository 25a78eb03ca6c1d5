using Marquee.Core.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marquee.Data.Search;

/// <summary>Search's provider-specific SQL (see <see cref="SqlDialect.Search"/>); what both share is in <see cref="SearchCandidates"/> and <see cref="ReviewSearch"/>.</summary>
internal abstract class SearchDialect
{
    /// <summary>Documents holding every term (any of its spellings), up to limit of each kind, the best known first.</summary>
    public abstract Task<List<Candidate>> ByWordsAsync(MarqueeDbContext db, IReadOnlyList<Term> terms, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct);

    /// <summary>Documents with a spelling near the query's long words (<paramref name="fuzzy"/>).</summary>
    public abstract Task<List<Candidate>> ByTypoAsync(MarqueeDbContext db, IReadOnlyList<string> words, IReadOnlyList<string> fuzzy, bool prefixAll, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct);

    /// <summary>The review query over the words (the last one a prefix), its match text added to args as @q.</summary>
    /// <param name="revealed">Whether the spoiler words are searched too.</param>
    /// <param name="filmFilter">An SQL condition on f, starting with " AND", or empty.</param>
    public abstract string ReviewsSql(IReadOnlyList<string> words, bool revealed, int pool, string filmFilter, List<(string, object)> args);

    /// <summary>Makes re-index batches of several nodes take turns; called inside the batch's transaction.</summary>
    public virtual Task LockIndexAsync(DatabaseFacade database, CancellationToken ct) => Task.CompletedTask;
}

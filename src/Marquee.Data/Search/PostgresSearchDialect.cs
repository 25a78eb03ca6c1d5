using Marquee.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using static Marquee.Data.Search.SearchCandidates;

namespace Marquee.Data.Search;

/// <summary>PostgreSQL's search: full-text search ordered by weight, and pg_trgm for typos.</summary>
internal sealed class PostgresSearchDialect : SearchDialect
{
    public override Task<List<Candidate>> ByWordsAsync(MarqueeDbContext db, IReadOnlyList<Term> terms, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var tsquery = string.Join(" & ", terms.Select(t => "(" + string.Join(" | ", t.Spellings.Select(s => $"'{s}'" + (t.Prefix ? ":*" : ""))) + ")"));
        var perKind = kinds.Select(k => $"""
            (SELECT {Columns} FROM "SearchDocuments" d {Joins}
             WHERE to_tsvector('simple', d."Key") @@ to_tsquery('simple', @q) AND d."Kind" = {(int)k}
             ORDER BY d."Weight" DESC LIMIT {limit})
            """);
        return ReadAsync(db, string.Join(" UNION ALL ", perKind), [("q", tsquery)], ct);
    }

    // Keys sharing trigrams with any long word, the nearest first.
    public override Task<List<Candidate>> ByTypoAsync(MarqueeDbContext db, IReadOnlyList<string> words, IReadOnlyList<string> fuzzy, bool prefixAll, IReadOnlyList<SearchKind> kinds, int limit, CancellationToken ct)
    {
        var args = fuzzy.Select((w, i) => ($"w{i}", (object)w)).ToList();
        var any = string.Join(" OR ", args.Select(a => $"@{a.Item1} <% d.\"Key\""));
        var best = string.Join(", ", args.Select(a => $"word_similarity(@{a.Item1}, d.\"Key\")"));
        var kindFilter = string.Join(", ", kinds.Select(k => (int)k));
        return ReadAsync(db, $"""
            SET pg_trgm.word_similarity_threshold = 0.3;
            SELECT {Columns} FROM "SearchDocuments" d {Joins}
            WHERE ({any}) AND d."Kind" IN ({kindFilter})
            ORDER BY greatest({best}, 0) DESC, d."Weight" DESC LIMIT {limit * kinds.Count}
            """, args, ct);
    }

    public override string ReviewsSql(IReadOnlyList<string> words, bool revealed, int pool, string filmFilter, List<(string, object)> args)
    {
        args.Add(("q", string.Join(" & ", words.Select((w, i) => $"'{w}'" + (i == words.Count - 1 ? ":*" : "")))));
        var vector = revealed ? "to_tsvector('simple', rs.\"Key\" || ' ' || rs.\"SpoilerKey\")" : "to_tsvector('simple', rs.\"Key\")";
        return $"""
            {ReviewSearch.Select} FROM "ReviewSearch" rs {ReviewSearch.Joins}
            WHERE {vector} @@ to_tsquery('simple', @q) AND{ReviewSearch.Public}{filmFilter}
            ORDER BY r."Id" DESC LIMIT {pool}
            """;
    }

    public override Task LockIndexAsync(DatabaseFacade database, CancellationToken ct) =>
        database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7253001)", ct);
}

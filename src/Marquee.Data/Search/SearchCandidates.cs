using System.Data.Common;
using System.Globalization;
using Marquee.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marquee.Data.Search;

/// <summary>A search document found by an index, with the slug and display name of what it names.</summary>
internal sealed record Candidate(SearchKind Kind, int TargetId, string Slug, string Display, string Name, string Key, bool IsPrimary, int? Year, double Weight);

/// <summary>
/// Finds candidate documents with each provider's own indexes: SQLite FTS5 (words with prefixes; trigrams for typos),
/// PostgreSQL full-text search (words with prefixes) and pg_trgm (typos). Final matching and ranking happen in
/// <see cref="SearchMatch"/>, so both providers answer alike.
/// </summary>
internal static class SearchCandidates
{
    public const int Limit = 200;

    private const string Columns = """
        d."Kind", COALESCE(d."FilmId", d."PersonId"), COALESCE(f."Slug", p."Slug"), COALESCE(f."Title", p."Name"),
        d."Name", d."Key", d."IsPrimary", d."Year", d."Weight"
        """;

    private const string Joins = """
        LEFT JOIN "Films" f ON f."Id" = d."FilmId" LEFT JOIN "People" p ON p."Id" = d."PersonId"
        """;

    /// <summary>Documents holding every query word, the last one (or, with prefixAll, each) as a prefix; the best known first.</summary>
    public static Task<List<Candidate>> ByWordsAsync(MarqueeDbContext db, IReadOnlyList<string> words, bool prefixAll, SearchKind? kind, CancellationToken ct)
    {
        var terms = words.Select((w, i) => (Word: w, Prefix: prefixAll || i == words.Count - 1)).ToList();
        var kindFilter = kind is null ? "" : $" AND d.\"Kind\" = {(int)kind}";
        if (db.ProviderName == "postgres")
        {
            var tsquery = string.Join(" & ", terms.Select(t => $"'{t.Word}'" + (t.Prefix ? ":*" : "")));
            return ReadAsync(db, $"""
                SELECT {Columns} FROM "SearchDocuments" d {Joins}
                WHERE to_tsvector('simple', d."Key") @@ to_tsquery('simple', @q){kindFilter}
                ORDER BY d."Weight" DESC LIMIT {Limit}
                """, [("q", tsquery)], ct);
        }
        var match = string.Join(" AND ", terms.Select(t => $"\"{t.Word}\"" + (t.Prefix ? "*" : "")));
        return ReadAsync(db, $"""
            SELECT {Columns} FROM "SearchWords" w JOIN "SearchDocuments" d ON d."Id" = w.rowid {Joins}
            WHERE "SearchWords" MATCH @q{kindFilter}
            ORDER BY d."Weight" DESC LIMIT {Limit}
            """, [("q", match)], ct);
    }

    /// <summary>Documents sharing trigrams with the query's longer words: the net for typos, closest first.</summary>
    public static Task<List<Candidate>> BySimilarityAsync(MarqueeDbContext db, IReadOnlyList<string> words, SearchKind? kind, CancellationToken ct)
    {
        var fuzzy = words.Where(w => w.Length >= SearchMatch.MinFuzzyLength).Distinct().ToList();
        if (fuzzy.Count == 0) return Task.FromResult(new List<Candidate>());
        var kindFilter = kind is null ? "" : $" AND d.\"Kind\" = {(int)kind}";
        if (db.ProviderName == "postgres")
        {
            var args = fuzzy.Select((w, i) => ($"w{i}", (object)w)).ToList();
            var any = string.Join(" OR ", args.Select(a => $"@{a.Item1} <% d.\"Key\""));
            var best = string.Join(", ", args.Select(a => $"word_similarity(@{a.Item1}, d.\"Key\")"));
            return ReadAsync(db, $"""
                SET pg_trgm.word_similarity_threshold = 0.3;
                SELECT {Columns} FROM "SearchDocuments" d {Joins}
                WHERE ({any}){kindFilter}
                ORDER BY greatest({best}, 0) DESC, d."Weight" DESC LIMIT {Limit}
                """, args, ct);
        }
        // The trigram table indexes " word " with spaces around each word, so word edges count as pg_trgm's padding does.
        var trigrams = fuzzy.SelectMany(w => Trigrams($" {w} ")).Distinct().Select(t => $"\"{t}\"");
        return ReadAsync(db, $"""
            SELECT {Columns} FROM "SearchTrigrams" t JOIN "SearchDocuments" d ON d."Id" = t.rowid {Joins}
            WHERE "SearchTrigrams" MATCH @q{kindFilter}
            ORDER BY t.rank LIMIT {Limit}
            """, [("q", string.Join(" OR ", trigrams))], ct);
    }

    private static IEnumerable<string> Trigrams(string padded)
    {
        for (var i = 0; i + 3 <= padded.Length; i++) yield return padded.Substring(i, 3);
    }

    private static async Task<List<Candidate>> ReadAsync(MarqueeDbContext db, string sql, IReadOnlyList<(string Name, object Value)> args, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in args)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                command.Parameters.Add(p);
            }
            var list = new List<Candidate>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            do
            {
                if (reader.FieldCount < 9) continue;
                while (await reader.ReadAsync(ct)) list.Add(Read(reader));
            }
            while (await reader.NextResultAsync(ct));
            return list;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    private static Candidate Read(DbDataReader r) => new(
        (SearchKind)Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
        Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
        r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        Convert.ToBoolean(r.GetValue(6), CultureInfo.InvariantCulture),
        r.IsDBNull(7) ? null : Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
        Convert.ToDouble(r.GetValue(8), CultureInfo.InvariantCulture));
}

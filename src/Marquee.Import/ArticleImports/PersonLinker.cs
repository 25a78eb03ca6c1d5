using Marquee.Core.Films;
using Marquee.Core.Names;
using Marquee.Data;
using Marquee.Import.Articles;
using Microsoft.EntityFrameworkCore;
using Marquee.Core.Text;

namespace Marquee.Import.ArticleImports;

/// <summary>What to do with one spelling in the article and one person in the catalogue.</summary>
public sealed record PersonLink(string Spelling, int PersonId, string PersonName, LinkAction Action, string Reason, string Evidence, double Confidence);

/// <summary>
/// Links the people an article names to people in the catalogue: the matched film's cast and crew first, then anyone
/// with the same name or surname. Corroborated matches link by themselves; the rest wait for an editor.
/// </summary>
public static class PersonLinker
{
    private sealed record Candidate(int Id, string Name, List<string> Spellings, bool InFilm, List<string> Characters);

    public static async Task<List<PersonLink>> LinkAsync(MarqueeDbContext db, ExtractedArticle article, int? filmId, CancellationToken ct)
    {
        var spellings = article.People.Concat(article.Credits.Select(c => c.Person)).Concat(article.CastList).Concat(article.Directors)
            .Select(s => s.Trim()).Where(s => s.Length is > 0 and <= 200).Distinct(StringComparer.Ordinal).Take(200).ToList();
        if (spellings.Count == 0) return [];
        var candidates = await CandidatesAsync(db, spellings, filmId, ct);

        var links = new List<PersonLink>();
        foreach (var spelling in spellings)
        {
            var exact = candidates.Where(c => c.Spellings.Any(n => TextFold.Words(n) == TextFold.Words(spelling))).ToList();
            var pool = exact.Count > 0 ? exact : candidates; // one who already bears the name rules out look-alikes
            var forSpelling = new List<PersonLink>();
            foreach (var person in pool)
            {
                var (known, match) = person.Spellings.Select(n => (n, NameMatcher.Default.Compare(spelling, n))).MaxBy(p => (p.Item2.Verdict, p.Item2.Confidence));
                if (match.Verdict == NameVerdict.Different) continue;
                // Matched through an alias: say so, or "Eidelstein → Eydelshteyn" reads as a mere change of case.
                if (known != person.Name)
                {
                    var sameAsKnown = TextFold.Same(known, spelling);
                    match = match with { Reason = sameAsKnown ? $"a known spelling of {person.Name}" : $"close to {known}, a known spelling of {person.Name}: {match.Reason}" };
                }
                var evidence = Evidence(article, spelling, person);
                var decision = LinkPolicy.Decide(match, evidence);
                if (decision.Action == LinkAction.KeepApart) continue;
                forSpelling.Add(new PersonLink(spelling, person.Id, person.Name, decision.Action, decision.Reason, Describe(evidence), match.Confidence));
            }
            // Two people each linked automatically to one spelling: an editor chooses.
            if (forSpelling.Count(l => l.Action == LinkAction.LinkAutomatically) > 1)
                forSpelling = [.. forSpelling.Select(l => l with { Action = LinkAction.ProposeForReview, Reason = $"{l.Reason}; another person matches as well" })];
            else if (forSpelling.Any(l => l.Action == LinkAction.LinkAutomatically))
                forSpelling = [.. forSpelling.Where(l => l.Action == LinkAction.LinkAutomatically)];
            links.AddRange(forSpelling.OrderByDescending(l => l.Confidence).Take(5));
        }
        return links;
    }

    private static LinkEvidence Evidence(ExtractedArticle article, string spelling, Candidate person)
    {
        var characters = article.Credits.Where(c => c.Person == spelling).SelectMany(c => c.CharacterAliases.Prepend(c.Character)).ToList();
        var otherSpellings = article.NameVariants.Where(v => v.First == spelling).Select(v => v.Second)
            .Concat(article.NameVariants.Where(v => v.Second == spelling).Select(v => v.First));
        return new LinkEvidence(
            SameFilm: person.InFilm,
            SameCharacter: person.InFilm && characters.Any(c => person.Characters.Any(pc => TextFold.Same(c, pc))),
            CardAndBodyOfOneArticle: otherSpellings.Any(o => person.Spellings.Any(n => TextFold.Words(n) == TextFold.Words(o))));
    }

    private static string Describe(LinkEvidence e)
    {
        var parts = new[] { e.SameFilm ? "same film" : null, e.SameCharacter ? "same character" : null, e.CardAndBodyOfOneArticle ? "card and body of one article" : null }
            .Where(p => p is not null).ToList();
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static async Task<List<Candidate>> CandidatesAsync(MarqueeDbContext db, List<string> spellings, int? filmId, CancellationToken ct)
    {
        var filmPeople = filmId is int id
            ? await db.Credits.Where(c => c.FilmId == id).Select(c => new { c.PersonId, c.Character, c.CharacterAliases }).ToListAsync(ct)
            : [];
        var surnames = spellings.Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).Where(s => s.Length > 1).Distinct().ToList();
        var byName = await db.People.Where(p => spellings.Contains(p.Name) || p.Aliases.Any(a => spellings.Contains(a.Name))).OrderBy(p => p.Id).Select(p => p.Id).Take(200).ToListAsync(ct);
        var bySurname = new List<int>();
        foreach (var surname in surnames.Take(60))
        {
            var suffix = " " + surname;
            bySurname.AddRange(await db.People.Where(p => p.Name.EndsWith(suffix) || p.Aliases.Any(a => a.Name.EndsWith(suffix))).OrderBy(p => p.Id).Select(p => p.Id).Take(20).ToListAsync(ct));
        }
        var ids = filmPeople.Select(f => f.PersonId).Concat(byName).Concat(bySurname).Distinct().ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, Aliases = p.Aliases.Select(a => a.Name).ToList() }).ToListAsync(ct);
        return [.. people.Select(p => new Candidate(p.Id, p.Name, [p.Name, .. p.Aliases],
            filmPeople.Any(f => f.PersonId == p.Id),
            [.. filmPeople.Where(f => f.PersonId == p.Id).SelectMany(f => f.CharacterAliases.Prepend(f.Character ?? "")).Where(c => c.Length > 0)]))];
    }
}

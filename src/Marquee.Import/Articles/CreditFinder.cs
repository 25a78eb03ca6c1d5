using System.Text.RegularExpressions;
using Marquee.Core.Names;
using Marquee.Core.Text;

namespace Marquee.Import.Articles;

/// <summary>Collects actor–character pairs from the card and the prose, merges repeats and names the character's aliases.</summary>
public static partial class CreditFinder
{
    [GeneratedRegex(@"\b(?:film|films|movie|movies|cinema|cast|starring|stars|actor|actors|actress|director|directed|screenplay|role|roles|plays|played|performance|performances|character|characters|review|trailer|sequel|screen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FilmCue();

    /// <summary>The credits, refused (<see cref="ArticleTooComplexException"/>) past <see cref="ArticleLimits.People"/> actors.</summary>
    public static List<ExtractedCredit> Find(IEnumerable<string> paragraphs, CardInfo card, string? filmTitle, string fullText, CancellationToken ct = default)
    {
        var ctx = new CreditContext(card.Cast.Concat(card.Credits.Select(c => c.Person)), filmTitle, fullText)
        {
            // "Magic Box (Caja Magica)" on a news page is not a credit: bare parentheses need a text about a film.
            IsAboutFilm = card.Cast.Count > 0 || card.Credits.Count > 0 || FilmCue().IsMatch(fullText),
            Cancellation = ct,
        };
        var credits = new List<ExtractedCredit>(card.Credits);
        var sentences = paragraphs.SelectMany(ArticleText.Sentences).ToList();
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var credit in CreditPatterns.InSentence(sentence, ctx))
            {
                credits.Add(credit);
                ctx.AddActor(credit.Person);
            }
            ArticleTooComplexException.CheckPeople(ctx.ActorCount);
        }
        var characters = new HashSet<string>(credits.Select(c => TextFold.Words(c.Character)), StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            credits.AddRange(CreditPatterns.Possessives(sentence, ctx, characters));
        }
        return [.. Merge(credits).Select(c => WithAliases(c, fullText, ct))];
    }

    // The same actor with "Vanya Zakharov" and later "Vanya" is one credit; the shorter name becomes an alias.
    private static List<ExtractedCredit> Merge(List<ExtractedCredit> credits)
    {
        var merged = new List<ExtractedCredit>();
        var byPerson = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var credit in credits)
        {
            var person = TextFold.Words(credit.Person);
            if (!byPerson.TryGetValue(person, out var same)) byPerson[person] = same = [];
            var at = same.FindIndex(m => SameCharacter(merged[m].Character, credit.Character));
            if (at < 0)
            {
                same.Add(merged.Count);
                merged.Add(credit);
                ArticleTooComplexException.CheckPeople(merged.Count);
                continue;
            }
            var i = same[at];
            var existing = merged[i];
            var (longer, shorter) = existing.Character.Length >= credit.Character.Length
                ? (existing.Character, credit.Character) : (credit.Character, existing.Character);
            var aliases = existing.CharacterAliases.Concat(credit.CharacterAliases).Append(shorter)
                .Where(a => !TextFold.Same(a, longer)).Distinct(StringComparer.Ordinal).ToList();
            merged[i] = existing with { Character = longer, CharacterAliases = aliases };
        }
        return merged;
    }

    private static bool SameCharacter(string a, string b)
    {
        var (x, y) = (TextFold.WordList(a), TextFold.WordList(b));
        return x.SequenceEqual(y) || x.Length > 0 && y.Length > 0 && (x.All(y.Contains) || y.All(x.Contains));
    }

    // Other names the text uses for the character: its given name alone ("Vanya"), or the name without a title.
    private static ExtractedCredit WithAliases(ExtractedCredit credit, string fullText, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var aliases = new List<string>(credit.CharacterAliases);
        var words = credit.Character.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && NameSpans.Titles.Contains(words[0]))
            aliases.Add(string.Join(' ', words.Skip(1)));
        else if (words.Length >= 2 && Regex.Count(fullText, @"(?<![\p{L}])" + Regex.Escape(words[0]) + @"(?![\p{L}]| " + Regex.Escape(words[1]) + ")") >= 1)
            aliases.Add(words[0]);
        return credit with { CharacterAliases = [.. aliases.Distinct(StringComparer.Ordinal).Where(a => !TextFold.Same(a, credit.Character))] };
    }
}

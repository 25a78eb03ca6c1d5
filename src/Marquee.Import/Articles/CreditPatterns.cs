using System.Text.RegularExpressions;
using Marquee.Core.Names;
using Marquee.Core.Text;

namespace Marquee.Import.Articles;

/// <summary>What the credit rules know beyond the sentence: the card's names, the film's title, the whole text.</summary>
public sealed class CreditContext
{
    private readonly HashSet<string> actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> actorSurnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> mentions = new(StringComparer.Ordinal);

    public CreditContext(IEnumerable<string> knownActors, string? filmTitle, string fullText)
    {
        foreach (var actor in knownActors) AddActor(actor);
        FilmTitle = filmTitle;
        FullText = fullText;
    }

    public string? FilmTitle { get; }
    public bool IsAboutFilm { get; init; } = true;
    public string FullText { get; }

    /// <summary>Checked before each search of the whole text.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>How many different actors are known so far.</summary>
    public int ActorCount => actors.Count;

    public void AddActor(string name)
    {
        var folded = TextFold.Words(name);
        if (!actors.Add(folded)) return;
        // Each ending after a space, so a surname is found without scanning every actor: "jean luc godard" → "luc godard", "godard".
        for (var i = folded.IndexOf(' ', StringComparison.Ordinal); i >= 0; i = folded.IndexOf(' ', i + 1)) actorSurnames.Add(folded[(i + 1)..]);
    }

    /// <summary>A name on the card or already credited, or the surname of one.</summary>
    public bool IsKnownActor(string name)
    {
        var folded = TextFold.Words(name);
        return folded.Length > 0 && (actors.Contains(folded) || actorSurnames.Contains(folded));
    }

    public int Mentions(string span)
    {
        if (mentions.TryGetValue(span, out var count)) return count;
        Cancellation.ThrowIfCancellationRequested();
        return mentions[span] = Regex.Count(FullText, @"(?<![\p{L}])" + Regex.Escape(span) + @"(?![\p{L}])");
    }
}

/// <summary>The sentence shapes that pair an actor with a character: "Character (Actor)", "Actor as Character", "Actor plays Character", "Character, played by Actor", "Actor's Character".</summary>
public static partial class CreditPatterns
{
    [GeneratedRegex(@"\((?<inner>[^()]{1,150})\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?:\d{4}|[A-Z0-9\-+]{1,6})$")]
    private static partial Regex YearOrCode();

    [GeneratedRegex(@"\b(?:cast|starring|stars|ensemble|actors?|actress(?:es)?|co-stars?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CastCue();

    [GeneratedRegex(@"\s+(?:(?:stars|co-stars|appears|returns|shines|excels|turns\s+up|shows\s+up|is\s+cast|was\s+cast|is\s+perfectly\s+cast)\s+)?as\s+(?=[‘“""']?\p{Lu})")]
    private static partial Regex AsPattern();

    [GeneratedRegex(@",?\s+(?:who\s+|that\s+)?(?:also\s+)?(?:plays|played|portrays|portrayed|is\s+playing|was\s+playing|stars\s+as|starred\s+as|(?:takes|took|taking)\s+on\s+the\s+(?:\p{Ll}+\s+)?role\s+of|lands\s+the\s+(?:\p{Ll}+\s+)?role\s+of|in\s+the\s+(?:\p{Ll}+\s+)?role\s+of)\s+(?:(?:the|a|an|his|her|their|\p{Lu}\p{L}*['’]s?)\s+)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}(?=[‘“""']?\p{Lu})")]
    private static partial Regex PlaysPattern();

    [GeneratedRegex(@",?\s+(?:who\s+)?(?:is|was|gets|got)?\s*(?:played|portrayed|embodied|brought\s+to\s+life)\s+by\s+(?=\p{Lu})")]
    private static partial Regex PlayedByPattern();

    [GeneratedRegex(@"(?<=\p{L})['’]s?\s+(?=\p{Lu})")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\s*,?\s*(?:who\s+)?(?:goes\s+by|is\s+known\s+as|known\s+as|nicknamed|called|aka)\s+[‘“""'](?<alias>[^’”""']{1,30})[’”""']")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^\s*(?:in|from|on)\s+(?:the\s+)?(?:\p{Lu}\p{L}*['’]s\s+)?[‘“""']?\p{Lu}")]
    private static partial Regex OtherWork();

    /// <summary>Every pair one sentence states, in order.</summary>
    public static IEnumerable<ExtractedCredit> InSentence(string s, CreditContext ctx)
    {
        if (ctx.IsAboutFilm)
            foreach (var c in Parentheses(s, ctx)) yield return c;
        foreach (Match m in AsPattern().Matches(s))
            if (Pair(SpanBefore(s, m.Index), s, m.Index + m.Length, ctx) is { } c) yield return c;
        foreach (Match m in PlaysPattern().Matches(s))
            if (Pair(SpanBefore(s, m.Index), s, m.Index + m.Length, ctx) is { } c) yield return c;
        foreach (Match m in PlayedByPattern().Matches(s))
        {
            var character = NameSpans.SpanBefore(s, m.Index);
            var actor = NameSpans.SpanAfter(s, m.Index + m.Length);
            if (NameSpans.IsCharacterLike(character) && NameSpans.IsPersonLike(actor) && !ctx.IsKnownActor(character))
                yield return new ExtractedCredit(actor, character, []);
        }
    }

    /// <summary>"Madison's Ani": only for an actor already known and a character the text names again.</summary>
    public static IEnumerable<ExtractedCredit> Possessives(string s, CreditContext ctx, ISet<string> creditedCharacters)
    {
        foreach (Match m in Possessive().Matches(s))
        {
            var actor = NameSpans.SpanBefore(s, m.Index + 1);
            var character = NameSpans.SpanAfter(s, m.Index + m.Length, 3);
            if (actor.Length == 0 || !ctx.IsKnownActor(actor) || !NameSpans.IsCharacterLike(character)) continue;
            var rest = s[(m.Index + m.Length + character.Length)..];
            if (rest.TrimStart().StartsWith('(') || ctx.IsKnownActor(character) || NameSpans.IsPersonLike(character) && ctx.Mentions(character) < 2) continue;
            if (TextFold.Same(character, ctx.FilmTitle) || creditedCharacters.Contains(TextFold.Words(character)) || ctx.Mentions(character) < 2) continue;
            yield return new ExtractedCredit(actor, character, []);
        }
    }

    private static string SpanBefore(string s, int index) => s[..index].EndsWith(')') ? "" : NameSpans.SpanBefore(s, index);

    private static ExtractedCredit? Pair(string actor, string s, int characterStart, CreditContext ctx)
    {
        var actorOk = NameSpans.IsPersonLike(actor) || NameSpans.IsSingleName(actor) && (ctx.IsKnownActor(actor) || IsSubjectOfWho(s, actor));
        if (!actorOk) return null;
        var character = NameSpans.SpanAfter(s, characterStart);
        if (!NameSpans.IsCharacterLike(character) || TextFold.Same(character, actor)) return null;
        var rest = s[Math.Min(s.Length, s.IndexOf(character, characterStart, StringComparison.Ordinal) + character.Length)..].TrimStart('’', '”', '"', '\'');
        if (OtherWork().IsMatch(rest) && !StartsWithTitle(rest, ctx.FilmTitle)) return null;
        var aliases = Nickname().Match(rest) is { Success: true } nick ? new[] { nick.Groups["alias"].Value.Trim(' ', ',') } : [];
        return new ExtractedCredit(actor, character, aliases);
    }

    // "McKay who plays Orson Wells": a lone surname only when "who" follows it.
    private static bool IsSubjectOfWho(string s, string actor) =>
        Regex.IsMatch(s, Regex.Escape(actor) + @",?\s+who\s+(?:also\s+)?(?:plays|played|portrays|portrayed)\b");

    private static bool StartsWithTitle(string rest, string? title) =>
        title is not null && Regex.IsMatch(rest, @"^\s*(?:in|from|on)\s+[‘“""']?" + Regex.Escape(title));

    private static IEnumerable<ExtractedCredit> Parentheses(string s, CreditContext ctx)
    {
        foreach (Match m in Parenthesis().Matches(s))
        {
            var inner = m.Groups["inner"].Value.Trim().Trim('‘', '’', '“', '”', '"', '\'');
            if (YearOrCode().IsMatch(inner)) continue;
            var outer = NameSpans.SpanBefore(s, m.Index);
            var before = s[..m.Index].TrimEnd();
            var parts = Regex.Split(inner, @"\s+(?:and|&)\s+");

            // "Justine and Claire (Kirsten Dunst and Charlotte Gainsbourg)": respective lists.
            if (parts.Length == 2 && parts.All(NameSpans.IsPersonLike) && NameSpans.IsCharacterLike(outer)
                && before.EndsWith(outer, StringComparison.Ordinal) && before[..^outer.Length].TrimEnd().EndsWith(" and", StringComparison.Ordinal))
            {
                var first = NameSpans.SpanBefore(before, before.Length - outer.Length - " and".Length - 1);
                if (NameSpans.IsCharacterLike(first))
                {
                    yield return new ExtractedCredit(parts[0], first, []);
                    yield return new ExtractedCredit(parts[1], outer, []);
                    continue;
                }
            }

            if (NameSpans.IsPersonLike(inner))
            {
                if (outer.Length == 0)
                {
                    var after = s[(m.Index + m.Length)..];
                    if (Regex.Match(after, @"^\s+as\s+(?=[‘“""']?\p{Lu})") is { Success: true } asMatch
                        && NameSpans.SpanAfter(after, asMatch.Length) is { Length: > 0 } character && NameSpans.IsCharacterLike(character))
                        yield return new ExtractedCredit(inner, character, []);
                    continue;
                }
                if (!NameSpans.IsCharacterLike(outer)) continue;
                var reversed = NameSpans.IsPersonLike(outer)
                    && (ctx.IsKnownActor(outer) && !ctx.IsKnownActor(inner) || CastCue().IsMatch(before) && !ctx.IsKnownActor(inner));
                yield return reversed ? new ExtractedCredit(outer, inner, []) : new ExtractedCredit(inner, outer, []);
            }
            else if (NameSpans.IsPersonLike(outer) && NameSpans.IsCharacterLike(inner) && NameSpans.Titles.Contains(inner.Split(' ')[0]))
            {
                yield return new ExtractedCredit(outer, inner, []); // "Noah Segan (Trooper Wagner)"
            }
            else if (NameSpans.IsSingleName(inner) && ctx.IsKnownActor(inner) && NameSpans.IsCharacterLike(outer) && !ctx.IsKnownActor(outer))
            {
                yield return new ExtractedCredit(inner, outer, []); // "Toros (Karagulian)"
            }
            else if (NameSpans.IsPersonLike(outer) && inner.Any(char.IsLower) && (CastCue().IsMatch(before) || ctx.IsKnownActor(outer))
                     && CharacterInDescription(inner) is { } described)
            {
                yield return new ExtractedCredit(outer, described, []); // "Jamie Lee Curtis (Harlan's daughter Linda Drysdale)"
            }
        }
    }

    // The named character in a short description: "Harlan's daughter Linda Drysdale" → "Linda Drysdale".
    private static string? CharacterInDescription(string inner)
    {
        var segment = inner.Split(',')[0];
        if (segment.Split(' ').Length > 7) return null;
        string? found = null;
        for (var i = 0; i < segment.Length; i++)
        {
            if (!char.IsUpper(segment[i]) || i > 0 && char.IsLetter(segment[i - 1])) continue;
            var span = NameSpans.SpanAfter(segment, i);
            if (span.Length == 0) continue;
            var end = segment.IndexOf(span, i, StringComparison.Ordinal) + span.Length;
            var possessive = end < segment.Length && segment[end] is '’' or '\'';
            if (!possessive && NameSpans.IsCharacterLike(span)) found = span;
            i = end;
        }
        return found;
    }
}

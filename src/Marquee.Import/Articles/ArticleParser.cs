using System.Text.RegularExpressions;
using Marquee.Core.Names;
using Marquee.Core.Text;

namespace Marquee.Import.Articles;

/// <summary>Reads a scraped review (plain text or a saved HTML page) into an <see cref="ExtractedArticle"/>. Pure: no I/O.</summary>
public static partial class ArticleParser
{
    [GeneratedRegex(@"(?:runtime|running\s+time|run\s+time|clocks?\s+in\s+at|clocking\s+in\s+at)\s*(?:of|:|is)?\s*(?:just\s+(?:under|over)\s+|about\s+|nearly\s+)?(?<d>\d[^.,;]{0,25})", RegexOptions.IgnoreCase)]
    private static partial Regex RuntimeInProse();

    /// <summary>
    /// Reads plain text within <see cref="ArticleLimits"/>: an article past them throws <see cref="ArticleTooComplexException"/>,
    /// as does one that takes longer than the time budget; <paramref name="ct"/> stops the work when the caller leaves.
    /// </summary>
    public static ExtractedArticle ParseText(string? text, CancellationToken ct = default) => ParseText(text, ArticleLimits.TimeBudget, ct);

    public static ExtractedArticle ParseText(string? text, TimeSpan budget, CancellationToken ct = default) =>
        Within(budget, token => ReadText(text, token), ct);

    /// <summary>Reads a saved page: structured data first (JSON-LD, microdata, Open Graph), then the main text by the text rules.</summary>
    public static ExtractedArticle ParseHtml(string? html, Uri? url, CancellationToken ct = default) => ParseHtml(html, url, ArticleLimits.TimeBudget, ct);

    public static ExtractedArticle ParseHtml(string? html, Uri? url, TimeSpan budget, CancellationToken ct = default) =>
        Within(budget, token => HtmlArticle.Read(html, url, token), ct);

    private static ExtractedArticle Within(TimeSpan budget, Func<CancellationToken, ExtractedArticle> read, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(budget);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            return read(either.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw ArticleTooComplexException.TookTooLong(budget);
        }
    }

    internal static ExtractedArticle ReadText(string? text, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text)) return ExtractedArticle.Empty("the text is empty");
        if (ArticleText.LooksBinary(text)) return ExtractedArticle.Empty("the input looks like binary data, not text");
        var warnings = new List<string>();
        if (text.Length > ArticleText.MaxLength)
        {
            text = text[..ArticleText.MaxLength];
            warnings.Add($"the text was cut to its first {ArticleText.MaxLength:N0} characters");
        }

        var cleaned = ArticleText.Clean(text);
        var lines = ArticleText.Lines(cleaned);
        var kinds = lines.Select(l => Boilerplate.Classify(l, nearTop: l.Index < 8)).ToList();
        bool IsBoilerplate(ArticleLine l) => kinds[l.Index].Kind != BoilerplateKind.None;

        ct.ThrowIfCancellationRequested();
        var card = InfoCard.Read(lines, cleaned);
        ArticleTooComplexException.CheckPeople(card.Names.Count);
        var content = lines.Where(l => !IsBoilerplate(l)).ToList();
        var body = content.Where(l => !card.LineIndexes.Contains(l.Index)).ToList();
        var title = TitleFinder.Find(body, cleaned);
        var (headings, paragraphs, outline) = Sections(body);
        var prose = body.Select(l => l.Text).ToList();

        ct.ThrowIfCancellationRequested();
        var credits = CreditFinder.Find(prose, card, title, cleaned, ct);
        var author = kinds.FirstOrDefault(k => k.Kind == BoilerplateKind.Byline)?.Value;
        var fixedPeople = new List<string>();
        if (author is not null && NameSpans.IsPersonLike(author)) fixedPeople.Add(author);
        fixedPeople.AddRange(card.Directors.Concat(card.Writers).Concat(card.Cast).Concat(credits.Select(c => c.Person)));
        var peopleText = string.Join("\n", lines.Where(l => !IsBoilerplate(l) || kinds[l.Index].Kind == BoilerplateKind.Byline).Select(l => l.Text));
        var people = PeopleFinder.Find(peopleText, fixedPeople, credits, title, ct);
        ArticleTooComplexException.CheckPeople(people.Count);
        var directors = card.Directors.Concat(DirectorFinder.Find(prose, people)).Distinct(StringComparer.Ordinal).ToList();
        people = PeopleFinder.Find(peopleText, fixedPeople.Concat(directors), credits, title, ct);
        ArticleTooComplexException.CheckPeople(people.Count);

        return new ExtractedArticle
        {
            FilmTitle = title,
            PublicationDate = PublicationDateFinder.Find(lines, card.LineIndexes),
            Author = author,
            SpoilerNote = SpoilerFinder.FindWarning(content),
            HasSpoilerWarning = SpoilerFinder.FindWarning(content) is not null,
            Headings = headings,
            Paragraphs = paragraphs,
            Outline = outline,
            ImageCredits = [.. kinds.Where(k => k.Kind == BoilerplateKind.ImageCredit && k.Value is { Length: > 0 }).Select(k => k.Value!).Distinct()],
            Score = ScoreFinder.Find(lines, card.LineIndexes, lines.Where(IsBoilerplate).Select(l => l.Index).ToHashSet()),
            Directors = directors,
            Writers = card.Writers,
            CastList = card.Cast,
            RuntimeMinutes = card.RuntimeMinutes ?? Runtime(body),
            ReleaseDateStated = card.ReleaseDate,
            Credits = credits,
            People = people,
            NameVariants = Variants(people, card, credits, ct),
            Warnings = warnings,
        };
    }

    // Short lines without a full stop that introduce a paragraph are headings; a short first line is the headline.
    private static (List<string> Headings, List<string> Paragraphs, List<ArticleBlock> Outline) Sections(List<ArticleLine> body)
    {
        var headings = new List<string>();
        var paragraphs = new List<string>();
        var outline = new List<ArticleBlock>();
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            var next = i + 1 < body.Count ? body[i + 1] : null;
            var text = line.Text;
            var isHeading = i > 0 && line.WordCount <= 12 && next is not null && next.WordCount > line.WordCount
                && !Regex.IsMatch(text, @"[.,;:!]$|:\s") && (char.IsUpper(text[0]) || text[0] is '‘' or '\'' or '“' or '"')
                && !DateText.FindAll(text).Any();
            if (isHeading) headings.Add(text);
            else if (i > 0 || line.WordCount > 12) paragraphs.Add(text);
            else if (DateText.IsDateline(text)) continue;
            else
            {
                outline.Add(new ArticleBlock(ArticleBlockKind.Headline, text));
                continue;
            }
            outline.Add(new ArticleBlock(isHeading ? ArticleBlockKind.Heading : ArticleBlockKind.Paragraph, text));
        }
        return (headings, paragraphs, outline);
    }

    private static int? Runtime(List<ArticleLine> body)
    {
        foreach (var line in body.Where(l => l.WordCount <= 10))
            if (DateText.FindMinutes(line.Text) is int minutes) return minutes;
        foreach (var line in body)
            foreach (Match m in RuntimeInProse().Matches(line.Text))
                if (DateText.FindMinutes(m.Groups["d"].Value) is int minutes) return minutes;
        return null;
    }

    // Two spellings become variants when the matcher says "same" and the article corroborates it.
    private static List<NameVariant> Variants(List<string> people, CardInfo card, List<ExtractedCredit> credits, CancellationToken ct)
    {
        var credited = credits.Select(c => c.Person).Concat(card.Cast).Concat(card.Directors).ToHashSet(StringComparer.Ordinal);
        var variants = new List<NameVariant>();
        for (var i = 0; i < people.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            for (var j = i + 1; j < people.Count; j++)
            {
                var (a, b) = (people[i], people[j]);
                var match = NameMatcher.Default.Compare(a, b);
                if (!match.IsSame) continue;
                var sameCharacter = credits.Any(x => x.Person == a && credits.Any(y => y.Person == b && TextFold.Same(x.Character, y.Character)));
                var evidence = new LinkEvidence(
                    SameFilm: credited.Contains(a) && credited.Contains(b),
                    SameCharacter: sameCharacter,
                    CardAndBodyOfOneArticle: card.Names.Contains(a) != card.Names.Contains(b));
                var decision = LinkPolicy.Decide(match, evidence);
                if (decision.Action == LinkAction.LinkAutomatically) variants.Add(new NameVariant(a, b, decision.Reason));
            }
        }
        return variants;
    }
}

namespace Marquee.Core.Names;

/// <summary>What corroborates that two spellings are one person, beyond the names themselves.</summary>
public sealed record LinkEvidence(bool SameFilm = false, bool SameCharacter = false, bool CardAndBodyOfOneArticle = false)
{
    public bool Any => SameFilm || SameCharacter || CardAndBodyOfOneArticle;

    public static LinkEvidence None { get; } = new();
}

/// <summary>What to do with a pair of spellings.</summary>
public enum LinkAction
{
    KeepApart,
    ProposeForReview,
    LinkAutomatically,
}

/// <summary>The decision with the reason an editor sees in the review queue.</summary>
public sealed record LinkDecision(LinkAction Action, string Reason);

/// <summary>Links spellings automatically only with corroboration; otherwise proposes them for an editor.</summary>
public static class LinkPolicy
{
    public const double AutomaticConfidence = 0.85;

    public static LinkDecision Decide(NameMatch match, LinkEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(evidence);
        if (match.Verdict == NameVerdict.Different)
            return new(LinkAction.KeepApart, match.Reason);
        if (!evidence.Any)
            return match.IsSame
                ? new(LinkAction.ProposeForReview, $"{match.Reason}; nothing corroborates it (no shared film or character)")
                : new(LinkAction.KeepApart, $"{match.Reason}; nothing corroborates it");
        if (match.IsSame && match.Confidence >= AutomaticConfidence)
            return new(LinkAction.LinkAutomatically, $"{match.Reason}; corroborated by {Describe(evidence)}");
        return new(LinkAction.ProposeForReview, $"{match.Reason}; {Describe(evidence)}, but the names alone are not conclusive");
    }

    private static string Describe(LinkEvidence e) => string.Join(" and ", new[]
    {
        e.SameFilm ? "the same film" : null,
        e.SameCharacter ? "the same character" : null,
        e.CardAndBodyOfOneArticle ? "the card and body of one article" : null,
    }.Where(s => s is not null));
}

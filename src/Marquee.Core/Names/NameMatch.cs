namespace Marquee.Core.Names;

/// <summary>Whether two spellings name one person.</summary>
public enum NameVerdict
{
    /// <summary>Different people (or not enough in common to say).</summary>
    Different,

    /// <summary>Could be one person (an initial, a surname alone); needs an editor.</summary>
    Possible,

    /// <summary>One person spelled two ways.</summary>
    Same,
}

/// <summary>The matcher's answer with a confidence from 0 to 1 and the reason, shown to editors.</summary>
public sealed record NameMatch(NameVerdict Verdict, double Confidence, string Reason)
{
    public bool IsSame => Verdict == NameVerdict.Same;

    public static NameMatch Different(string reason) => new(NameVerdict.Different, 0, reason);
}

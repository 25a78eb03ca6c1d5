namespace Marquee.Core.Common;

/// <summary>
/// Text that every database we run on stores alike and every reader can see: no C0 control character (multi-line
/// fields keep tab and line breaks), no DEL, no lone surrogate. PostgreSQL refuses NUL outright, and the rest are
/// never typed by a person; they arrive from probes and broken copies.
/// </summary>
public static class StorableText
{
    /// <summary>What to tell whoever sent the text, or null when it can be stored.</summary>
    public static string? Refusal(string text, bool multiLine = true) => Problem(text, multiLine) is { } problem ? $"The text {problem}; remove it." : null;

    /// <summary>Why the text cannot be stored ("has a control character (U+0000) at position 3"), or null when it can.</summary>
    public static string? Problem(string text, bool multiLine = true)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) return $"has a broken character (U+{(int)c:X4}) at position {i + 1}";
            var allowed = multiLine && c is '\t' or '\n' or '\r';
            if ((c < ' ' || c == '\u007f') && !allowed) return $"has a control character (U+{(int)c:X4}) at position {i + 1}";
        }
        return null;
    }
}

namespace Marquee.Import.Articles;

/// <summary>An article past one of <see cref="ArticleLimits"/>; the message names the limit.</summary>
public sealed class ArticleTooComplexException(string limit) : Exception(limit)
{
    public static ArticleTooComplexException TooDeep() => new($"its elements are nested more than {ArticleLimits.Depth:N0} deep");

    public static ArticleTooComplexException TooManyElements() => new($"it has more than {ArticleLimits.Elements:N0} elements");

    public static ArticleTooComplexException TooManyAttributes() => new($"an element has more than {ArticleLimits.AttributesPerElement:N0} attributes");

    public static ArticleTooComplexException TooManyPeople() => new($"it names more than {ArticleLimits.People:N0} people");

    public static ArticleTooComplexException TookTooLong(TimeSpan budget) => new($"reading it took longer than {budget.TotalSeconds:0.#} s");

    /// <summary>Refuses a count of people past the limit.</summary>
    public static void CheckPeople(int count)
    {
        if (count > ArticleLimits.People) throw TooManyPeople();
    }
}

namespace Marquee.Features.Shared;

/// <summary>Previous/next links for a paged list.</summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> LinkTo);

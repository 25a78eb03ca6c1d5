using Marquee.Core.Names;

namespace Marquee.Import.Tests.Names;

public class LinkPolicyTests
{
    [Theory]
    [InlineData("Yura Borisov", "Yuriy Borisov", false, false, true, LinkAction.LinkAutomatically)]
    [InlineData("Yura Borisov", "Yuriy Borisov", true, false, false, LinkAction.LinkAutomatically)]
    [InlineData("Yura Borisov", "Yuriy Borisov", false, true, false, LinkAction.LinkAutomatically)]
    [InlineData("Yura Borisov", "Yuriy Borisov", false, false, false, LinkAction.ProposeForReview)]
    [InlineData("Mark Eidelstein", "Mark Eydelshteyn", false, false, false, LinkAction.ProposeForReview)]
    [InlineData("McKay", "Elle McKay", true, false, false, LinkAction.ProposeForReview)]
    [InlineData("McKay", "Elle McKay", false, false, false, LinkAction.KeepApart)]
    [InlineData("Nikita Mikhalkov", "Nikita Mikhalkova", true, true, true, LinkAction.KeepApart)]
    [InlineData("Robert Downey Jr.", "Robert Downey Sr.", true, true, true, LinkAction.KeepApart)]
    [InlineData("Alexander Skarsgård", "Stellan Skarsgård", true, false, true, LinkAction.KeepApart)]
    public void Links_automatically_only_with_corroboration(string a, string b, bool sameFilm, bool sameCharacter, bool cardAndBody, LinkAction expected)
    {
        var decision = LinkPolicy.Decide(NameMatcher.Default.Compare(a, b), new LinkEvidence(sameFilm, sameCharacter, cardAndBody));
        Assert.Equal(expected, decision.Action);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }
}

using Marquee.Core.Text;

namespace Marquee.Import.Tests.Text;

/// <summary>The one order in which a slug made from a title or name is claimed when it is taken.</summary>
public sealed class SlugClaimTests
{
    [Theory]
    [InlineData("restless-2011", null, "restless-2011", "restless-2011-2", "restless-2011-3")]
    [InlineData("restless-2011", "tt1438200", "restless-2011", "restless-2011-tt1438200", "restless-2011-tt1438200-2")]
    [InlineData("restless-2011-review", null, "restless-2011-review", "restless-2011-review-2", "restless-2011-review-3")]
    [InlineData("mark-eydelshteyn", "nm9999999", "mark-eydelshteyn", "mark-eydelshteyn-nm9999999", "mark-eydelshteyn-nm9999999-2")]
    [InlineData("", "tt0000001", "tt0000001", "tt0000001-2", "tt0000001-3")] // nothing to make a slug of: the id alone
    [InlineData("anora-2024", "TT 28607951", "anora-2024", "anora-2024-tt-28607951", "anora-2024-tt-28607951-2")]
    public void Candidates_are_the_base_then_the_id_then_numbers(string slugBase, string? id, string first, string second, string third) =>
        Assert.Equal([first, second, third], SlugClaim.Candidates(slugBase, id).Take(3));

    [Fact]
    public void The_bulk_merge_numbers_after_the_id_as_the_policy_does()
    {
        // ImdbMerge claims in SQL with the first two candidates staged and the third written as the second plus "-2".
        var candidates = SlugClaim.Candidates("anora-2024", "tt28607951").Take(3).ToList();
        Assert.Equal(candidates[1] + "-2", candidates[2]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("tt1438200")]
    public void Long_bases_are_cut_to_leave_room_for_the_suffix(string? id)
    {
        var slugBase = Slug.From(string.Join(' ', Enumerable.Repeat("word", 40)));
        Assert.All(SlugClaim.Candidates(slugBase, id).Take(12), s => Assert.True(Slug.IsValid(s), s));
        Assert.Equal(12, SlugClaim.Candidates(slugBase, id).Take(12).Distinct().Count());
    }

    [Fact]
    public void The_first_free_candidate_is_claimed()
    {
        HashSet<string> taken = ["restless-2011", "restless-2011-2"];
        Assert.Equal("restless-2011-3", SlugClaim.FirstFree("restless-2011", null, taken.Contains));
        Assert.Equal("restless-2011-tt1438200", SlugClaim.FirstFree("restless-2011", "tt1438200", taken.Contains));
        Assert.Equal("anora-2024", SlugClaim.FirstFree("anora-2024", null, taken.Contains));
    }
}

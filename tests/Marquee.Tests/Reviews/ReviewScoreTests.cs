using Marquee.Core.Reviews;
using Marquee.Core.Scores;

namespace Marquee.Tests.Reviews;

public sealed class ReviewScoreTests
{
    [Theory]
    [InlineData("9/10", null, ScoreScale.OutOf10, 9, 90)]
    [InlineData("7.5/10", null, ScoreScale.OutOf10, 7.5, 75)]
    [InlineData("10/10", null, ScoreScale.OutOf10, 10, 100)]
    [InlineData("0/10", null, ScoreScale.OutOf10, 0, 0)]
    [InlineData("8", "out-of-10", ScoreScale.OutOf10, 8, 80)]
    [InlineData("★★★½", null, ScoreScale.OutOf5, 3.5, 70)]
    [InlineData("★★★★★", null, ScoreScale.OutOf5, 5, 100)]
    [InlineData("★★☆☆☆", null, ScoreScale.OutOf5, 2, 40)]
    [InlineData("½", "stars-5", ScoreScale.OutOf5, 0.5, 10)]
    [InlineData("★★★½", "stars-4", ScoreScale.OutOf4, 3.5, 87.5)]
    [InlineData("3/4", null, ScoreScale.OutOf4, 3, 75)]
    [InlineData("4.5/5", null, ScoreScale.OutOf5, 4.5, 90)]
    [InlineData("A+", null, ScoreScale.Letter, 100, 100)]
    [InlineData("A", null, ScoreScale.Letter, 100, 100)]
    [InlineData("A-", null, ScoreScale.Letter, 91, 91)]
    [InlineData("A−", null, ScoreScale.Letter, 91, 91)]
    [InlineData("B+", null, ScoreScale.Letter, 83, 83)]
    [InlineData("B", null, ScoreScale.Letter, 75, 75)]
    [InlineData("b-", null, ScoreScale.Letter, 67, 67)]
    [InlineData("C+", null, ScoreScale.Letter, 58, 58)]
    [InlineData("C", null, ScoreScale.Letter, 50, 50)]
    [InlineData("C–", null, ScoreScale.Letter, 42, 42)]
    [InlineData("D+", null, ScoreScale.Letter, 33, 33)]
    [InlineData("D", null, ScoreScale.Letter, 25, 25)]
    [InlineData("D-", null, ScoreScale.Letter, 17, 17)]
    [InlineData("F", null, ScoreScale.Letter, 0, 0)]
    [InlineData("87", "out-of-100", ScoreScale.OutOf100, 87, 87)]
    [InlineData("100/100", null, ScoreScale.OutOf100, 100, 100)]
    public void Reads_a_score_on_its_scale(string text, string? scale, ScoreScale expectedScale, double value, double normalised)
    {
        Assert.True(ScoreScales.TryParseName(scale, out var parsedScale));
        var read = Score.ParseOnScale(text, parsedScale);
        var (score, error) = (read.Score, read.Error);
        Assert.True(read.Success, error);
        Assert.Equal(expectedScale, score!.Scale);
        // Letters have no value of their own: the value column holds their 0–100 table entry.
        Assert.Equal(value, (double)(score.Value ?? score.Normalised), 3);
        Assert.Equal(normalised, (double)score.Normalised, 1);
        Assert.Equal(text, score.Raw);
    }

    [Theory]
    [InlineData("11/10", null)]
    [InlineData("-1/10", null)]
    [InlineData("9.25/10", null)]
    [InlineData("F+", null)]
    [InlineData("F-", null)]
    [InlineData("E", null)]
    [InlineData("A++", null)]
    [InlineData("★★★★★★", null)]
    [InlineData("★★★★½", "stars-4")]
    [InlineData("★½★", null)]
    [InlineData("3.25/5", null)]
    [InlineData("101", "out-of-100")]
    [InlineData("87.5", "out-of-100")]
    [InlineData("nine", "out-of-10")]
    [InlineData("", null)]
    [InlineData("42", null)]
    public void Refuses_a_score_outside_its_scale(string text, string? scale)
    {
        Assert.True(ScoreScales.TryParseName(scale, out var parsedScale));
        var read = Score.ParseOnScale(text, parsedScale);
        var error = read.Error;
        Assert.False(read.Success);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Unknown_scale_name_is_refused() => Assert.False(ScoreScales.TryParseName("out-of-7", out _));
}

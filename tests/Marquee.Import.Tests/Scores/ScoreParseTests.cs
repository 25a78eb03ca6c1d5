using Marquee.Core.Scores;

namespace Marquee.Import.Tests.Scores;

public class ScoreParseTests
{
    [Theory]
    [InlineData("9/10", 9, ScoreScale.OutOf10, 90)]
    [InlineData("9 10", 9, ScoreScale.OutOf10, 90)]
    [InlineData("9 / 10", 9, ScoreScale.OutOf10, 90)]
    [InlineData("7.5/10", 7.5, ScoreScale.OutOf10, 75)]
    [InlineData("7,5/10", 7.5, ScoreScale.OutOf10, 75)]
    [InlineData("8 out of 10", 8, ScoreScale.OutOf10, 80)]
    [InlineData("Rating: 8/10", 8, ScoreScale.OutOf10, 80)]
    [InlineData("4/5", 4, ScoreScale.OutOf5, 80)]
    [InlineData("3.5/5", 3.5, ScoreScale.OutOf5, 70)]
    [InlineData("3½/5", 3.5, ScoreScale.OutOf5, 70)]
    [InlineData("3 out of 5", 3, ScoreScale.OutOf5, 60)]
    [InlineData("4 out of 5 stars", 4, ScoreScale.OutOf5, 80)]
    [InlineData("3.5 stars", 3.5, ScoreScale.OutOf5, 70)]
    [InlineData("3 stars out of 4", 3, ScoreScale.OutOf4, 75)]
    [InlineData("2.5/4", 2.5, ScoreScale.OutOf4, 62.5)]
    [InlineData("★★★½", 3.5, ScoreScale.OutOf5, 70)]
    [InlineData("★★★★★", 5, ScoreScale.OutOf5, 100)]
    [InlineData("★★☆☆☆", 2, ScoreScale.OutOf5, 40)]
    [InlineData("★★★☆", 3, ScoreScale.OutOf4, 75)]
    [InlineData("★", 1, ScoreScale.OutOf5, 20)]
    [InlineData("five-star", 5, ScoreScale.OutOf5, 100)]
    [InlineData("four stars", 4, ScoreScale.OutOf5, 80)]
    [InlineData("three and a half stars", 3.5, ScoreScale.OutOf5, 70)]
    [InlineData("eight out of ten", 8, ScoreScale.OutOf10, 80)]
    [InlineData("85/100", 85, ScoreScale.OutOf100, 85)]
    [InlineData("85%", 85, ScoreScale.OutOf100, 85)]
    [InlineData("0/10", 0, ScoreScale.OutOf10, 0)]
    [InlineData("10/10", 10, ScoreScale.OutOf10, 100)]
    [InlineData("Score: 6/10.", 6, ScoreScale.OutOf10, 60)]
    [InlineData("Verdict - 4/5", 4, ScoreScale.OutOf5, 80)]
    public void Parses_numeric_scores(string raw, double value, ScoreScale scale, double normalised)
    {
        var result = Score.Parse(raw);
        Assert.True(result.Success, result.Error);
        Assert.Equal((decimal)value, result.Score!.Value);
        Assert.Equal(scale, result.Score.Scale);
        Assert.Equal((decimal)normalised, result.Score.Normalised);
        Assert.Equal(raw.Trim(), result.Score.Raw);
    }

    [Theory]
    [InlineData("A+", "A+", 100)]
    [InlineData("A", "A", 100)]
    [InlineData("A-", "A-", 91)]
    [InlineData("A−", "A-", 91)]
    [InlineData("a–", "A-", 91)]
    [InlineData("B+", "B+", 83)]
    [InlineData("B", "B", 75)]
    [InlineData("B-", "B-", 67)]
    [InlineData("C+", "C+", 58)]
    [InlineData("C", "C", 50)]
    [InlineData("C-", "C-", 42)]
    [InlineData("D+", "D+", 33)]
    [InlineData("D", "D", 25)]
    [InlineData("D-", "D-", 17)]
    [InlineData("F", "F", 0)]
    [InlineData("Grade: B+", "B+", 83)]
    [InlineData("Grade: B+.", "B+", 83)]
    [InlineData("Final grade: A-", "A-", 91)]
    [InlineData("grade b", "B", 75)]
    public void Parses_letter_grades(string raw, string grade, double normalised)
    {
        var result = Score.Parse(raw);
        Assert.True(result.Success, result.Error);
        Assert.Equal(grade, result.Score!.Grade);
        Assert.Null(result.Score.Value);
        Assert.Equal(ScoreScale.Letter, result.Score.Scale);
        Assert.Equal((decimal)normalised, result.Score.Normalised);
    }

    [Theory]
    [InlineData("11/10", "above the top")]
    [InlineData("6/5", "above the top")]
    [InlineData("5/4", "above the top")]
    [InlineData("101/100", "above the top")]
    [InlineData("F+", "F has no plus")]
    [InlineData("F-", "F has no plus")]
    [InlineData("E", "not a letter grade")]
    [InlineData("G", "not a score")]
    [InlineData("7/7", "not supported")]
    [InlineData("3/3", "not supported")]
    [InlineData("★★★★★★", "above the top")]
    [InlineData("★★½½", "more than one half")]
    [InlineData("☆☆☆", "no filled stars")]
    [InlineData("★½★", "out of order")]
    [InlineData("☆★★", "out of order")]
    [InlineData("★★☆½", "out of order")]
    [InlineData("8", "has no scale")]
    [InlineData("", "no score")]
    [InlineData("   ", "no score")]
    [InlineData("Grade:", "no score")]
    [InlineData("great film", "not a score")]
    [InlineData("PG-13", "not a score")]
    [InlineData("7.555/10", "not a score")]
    public void Refuses_what_is_not_a_score_with_a_reason(string raw, string reason)
    {
        var result = Score.Parse(raw);
        Assert.False(result.Success);
        Assert.Null(result.Score);
        Assert.Contains(reason, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(Score.TryParse(raw, out var score, out var error));
        Assert.Null(score);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData(9, ScoreScale.OutOf10, true)]
    [InlineData(10.5, ScoreScale.OutOf10, false)]
    [InlineData(-1, ScoreScale.OutOf5, false)]
    [InlineData(4.5, ScoreScale.OutOf5, true)]
    [InlineData(3.25, ScoreScale.OutOf4, true)]
    [InlineData(3.125, ScoreScale.OutOf4, false)]
    [InlineData(100, ScoreScale.OutOf100, true)]
    [InlineData(5, ScoreScale.Letter, false)]
    public void Creates_scores_from_values_checked_against_their_scale(double value, ScoreScale scale, bool valid)
    {
        Assert.Equal(valid, Score.TryCreate((decimal)value, scale, out var score, out var error));
        Assert.Equal(valid, score is not null);
        Assert.Equal(valid, error is null);
    }

    [Fact]
    public void Displays_scores_as_critics_write_them()
    {
        Assert.Equal("9/10", Score.Parse("9 10").Score!.Display);
        Assert.Equal("3.5/5", Score.Parse("★★★½").Score!.Display);
        Assert.Equal("B+", Score.Parse("Grade: B+").Score!.Display);
        Assert.Equal("9/10", Score.Parse("9.0/10").Score!.Display);
    }
}

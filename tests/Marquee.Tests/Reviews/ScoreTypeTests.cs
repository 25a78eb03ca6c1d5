using Marquee.Core.Scores;

namespace Marquee.Tests.Reviews;

/// <summary>The one score type: every scale's names, parse → format → parse, and a stored score read back as it was given.</summary>
public sealed class ScoreTypeTests
{
    public static TheoryData<ScoreScale> Scales => [.. Enum.GetValues<ScoreScale>()];

    [Theory]
    [InlineData(ScoreScale.OutOf10, "out-of-10", "OutOf10", 10)]
    [InlineData(ScoreScale.OutOf5, "stars-5", "Stars5", 5)]
    [InlineData(ScoreScale.OutOf4, "stars-4", "Stars4", 4)]
    [InlineData(ScoreScale.Letter, "letter", "Letter", null)]
    [InlineData(ScoreScale.OutOf100, "out-of-100", "Hundred", 100)]
    public void Each_scale_has_one_row_of_names(ScoreScale scale, string name, string stored, int? maximum)
    {
        Assert.Equal(name, scale.Name());
        Assert.Equal(stored, scale.StoredName());
        Assert.Equal(maximum, scale.Maximum());
        Assert.True(ScoreScales.TryParseName(name.ToUpperInvariant(), out var parsed));
        Assert.Equal(scale, parsed);
        Assert.Equal(scale, ScoreScales.FromStored(stored));
        // Rows written with the enum's own name read back too.
        Assert.Equal(scale, ScoreScales.FromStored(scale.ToString()));
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void Every_scale_is_in_the_table_once(ScoreScale scale) => Assert.Single(ScoreScales.All, f => f.Scale == scale);

    [Theory]
    [InlineData("9/10", null, "9/10")]
    [InlineData("7.5", "out-of-10", "7.5/10")]
    [InlineData("★★★½", null, "3.5/5")]
    [InlineData("½", "stars-5", "0.5/5")]
    [InlineData("★★★½", "stars-4", "3.5/4")]
    [InlineData("2.5/4", null, "2.5/4")]
    [InlineData("87", "out-of-100", "87/100")]
    [InlineData("b−", null, "B-")]
    [InlineData("Grade: A+", null, "A+")]
    [InlineData("F", "letter", "F")]
    public void Parse_format_parse_gives_the_same_score(string text, string? scaleName, string display)
    {
        Assert.True(ScoreScales.TryParseName(scaleName, out var scale));
        var score = Score.ParseOnScale(text, scale).Score!;
        Assert.Equal(display, score.Display);
        var again = Score.ParseOnScale(score.Display, score.Scale).Score!;
        Assert.Equal((score.Scale, score.Value, score.Grade, score.Normalised), (again.Scale, again.Value, again.Grade, again.Normalised));
    }

    [Theory]
    [InlineData("9/10", null)]
    [InlineData("7.3", "out-of-10")]
    [InlineData("★★★½", null)]
    [InlineData("½", "stars-4")]
    [InlineData("3.5/4", null)]
    [InlineData("87", "out-of-100")]
    [InlineData("A", null)]
    [InlineData("A+", null)]
    [InlineData("D-", null)]
    public void A_stored_score_reads_back_as_it_was_given(string text, string? scaleName)
    {
        Assert.True(ScoreScales.TryParseName(scaleName, out var scale));
        var given = Score.ParseOnScale(text, scale).Score!;
        var stored = Score.Restore(given.Raw, given.Scale, (decimal)(double)given.Normalised);
        Assert.Equal((given.Raw, given.Scale, given.Value, given.Grade, given.Normalised), (stored.Raw, stored.Scale, stored.Value, stored.Grade, stored.Normalised));
        Assert.Equal((given.RatingValue, given.Best, given.Display), (stored.RatingValue, stored.Best, stored.Display));
    }

    [Fact]
    public void A_readers_half_stars_from_half_to_five_are_scores()
    {
        for (var halves = 1; halves <= 10; halves++)
        {
            var score = Score.Create(halves / 2m, ScoreScale.OutOf5).Score!;
            Assert.True(score.OnStep);
            Assert.Equal(halves * 10, score.Normalised);
            Assert.Equal(5, score.Best);
        }
        Assert.False(Score.Create(2.25m, ScoreScale.OutOf5).Score!.OnStep);
    }

    [Fact]
    public void Letters_rate_on_their_hundred_point_table()
    {
        var b = Score.ParseOnScale("B+", null).Score!;
        Assert.Equal((83m, 100), (b.RatingValue, b.Best));
        var stars = Score.ParseOnScale("★★★½", null).Score!;
        Assert.Equal((3.5m, 5), (stars.RatingValue, stars.Best));
    }
}

using Marquee.Core.Scores;
using Marquee.Import.Articles;

namespace Marquee.Import.Tests.Articles;

public class ScoreFinderTests
{
    [Theory]
    [InlineData("Grade: B+.", "B+/letter")]
    [InlineData("The acting is fine.\nFinal grade: A-", "A-/letter")]
    [InlineData("Rating: 4/5", "4/5")]
    [InlineData("Our rating: 3.5 stars", "3.5/5")]
    [InlineData("Verdict: ★★★★", "4/5")]
    [InlineData("Everything Everywhere All at Once ★★★★★", "5/5")]
    [InlineData("Anora ★★★½", "3.5/5")]
    [InlineData("★★☆☆", "2/4")]
    [InlineData("3 out of 5", "3/5")]
    [InlineData("8/10", "8/10")]
    [InlineData("This film was an easy 5/5, one of the most original films.", "5/5")]
    [InlineData("I give it 7 out of 10.", "7/10")]
    [InlineData("I'd rate it 4 stars.", "4/5")]
    [InlineData("We award it four stars out of five.", "4/5")]
    [InlineData("it's my first five-star film of 2024.", "5/5")]
    [InlineData("A solid three-star movie.", "3/5")]
    [InlineData("9 10 Anora Anora follows a young sex worker. Release Date October 18, 2024 Director Sean Baker Cast Mikey Madison Runtime 139 Minutes", "9/10")]
    [InlineData("Score: 85/100", "85/100")]
    public void Finds_the_critics_score(string text, string expected)
    {
        var lines = ArticleRules.Lines(text);
        var card = InfoCard.Read(lines, text);
        var score = ScoreFinder.Find(lines, card.LineIndexes, new HashSet<int>());
        Assert.NotNull(score);
        Assert.Equal(expected, score.Grade is not null ? $"{score.Grade}/letter" : $"{score.Value}/{score.Scale.Maximum()}");
    }

    [Theory]
    [InlineData("Certificate 15")]
    [InlineData("• 15")]
    [InlineData("Poor Things (MA) - 141 minutes")]
    [InlineData("Rated R for violence.")]
    [InlineData("It holds a 93% on Rotten Tomatoes.")]
    [InlineData("The film earned 11 Oscar nominations.")]
    [InlineData("Peele's debut came in for just $4,500,000.")]
    [InlineData("It reached 16th spot among the year's films.")]
    [InlineData("He commits suicide the night of his 85th birthday.")]
    [InlineData("Released 10/5/2020 in most markets.")]
    [InlineData("2 out of 5 people walked out.")]
    [InlineData("I highly recommend Saltburn.")]
    [InlineData("They stayed at a five-star hotel.")]
    [InlineData("A+ = Masterpiece / A = Great. / B+ = Good.")]
    [InlineData("The score by Ludwig Göransson is great.")]
    [InlineData("Grade: F+")]
    [InlineData("Rating: 11/10")]
    [InlineData("Lars von Trier's Cannes award-winner has its moments")]
    [InlineData("")]
    public void Does_not_invent_a_score(string text)
    {
        var lines = ArticleRules.Lines(text);
        var card = InfoCard.Read(lines, text);
        Assert.Null(ScoreFinder.Find(lines, card.LineIndexes, new HashSet<int>()));
    }
}

namespace Marquee.Core.Search;

/// <summary>An outside audience rating of a film (IMDb's average and vote count): how well known it is, for ranking.</summary>
public class FilmRating
{
    public int FilmId { get; set; }
    public required string Source { get; set; }
    public double Average { get; set; }
    public int Votes { get; set; }
}

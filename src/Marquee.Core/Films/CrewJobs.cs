namespace Marquee.Core.Films;

/// <summary>The crew jobs the pages single out; others are stored as given.</summary>
public static class CrewJobs
{
    public const string Director = "Director";
    public const string Screenplay = "Screenplay";
    public const string Writer = "Writer";
}

using Marquee.Data.Films;

namespace Marquee.Pages.Shared;

/// <summary>What the info card shows: the film, the reader's country, and a critic's score when on a review.</summary>
public sealed record FilmInfoCardModel(FilmDetails Film, string Country, string? Score);

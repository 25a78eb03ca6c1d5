using Marquee.Data.Films;
using Marquee.Web;

namespace Marquee.Features.Shared;

/// <summary>What the info card shows: the film's card for the reader's country, and the score in its badge (the critics' on a film page, the critic's on a review).</summary>
public sealed record FilmInfoCardModel(FilmInfoCard Card, string? Score);

using Marquee.Core.Films;

namespace Marquee.Core.Releases;

/// <summary>One dated release of a film in one country, as the release rules take it.</summary>
public sealed record ReleaseFact(string Country, ReleaseType Type, DateOnly Date, string? Note);

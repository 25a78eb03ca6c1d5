namespace Marquee.Tests.Infrastructure;

/// <summary>A database provider Marquee ships; storage tests run on each (see <see cref="AllProvidersAttribute"/>).</summary>
public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>The one list of providers that theories run on.</summary>
public static class Providers
{
    public static IReadOnlyList<Provider> All { get; } = Enum.GetValues<Provider>();
}

using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Runs a theory once on every provider in <see cref="Providers.All"/>, the provider first and then any arguments given,
/// so <c>[AllProviders("x")]</c> is <c>[InlineData(Provider.Sqlite, "x")]</c> and <c>[InlineData(Provider.Postgres, "x")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AllProvidersAttribute(params object?[] arguments) : DataAttribute
{
    public object?[] Arguments { get; } = arguments;

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new(Providers.All.Select(provider => ConvertDataRow((object?[])[provider, .. Arguments])).ToArray());

    public override bool SupportsDiscoveryEnumeration() => true;
}

namespace Marquee.Tests.Infrastructure;

/// <summary>A class fixture: one app per provider, made and seeded on first use, shared by the tests of a class.</summary>
public abstract class ProviderApps : IDisposable
{
    private readonly Dictionary<Provider, MarqueeApp> apps = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    protected abstract Task SeedAsync(MarqueeApp app);

    public async Task<MarqueeApp> AppAsync(Provider provider)
    {
        await gate.WaitAsync();
        try
        {
            if (apps.TryGetValue(provider, out var ready)) return ready;
            var app = new MarqueeApp(provider, demo: false);
            await SeedAsync(app);
            apps[provider] = app;
            return app;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var app in apps.Values) app.Dispose();
        gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

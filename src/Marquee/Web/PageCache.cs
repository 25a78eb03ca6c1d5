using Marquee.Data;
using Marquee.Features.Reviews;
using Marquee.Features.Showtimes;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Marquee.Web;

/// <summary>
/// Anonymous readers' pages are rendered once and served from memory for a short while. The cache key holds what
/// changes a page for a reader (the spoiler and country cookies, Accept-Language); signed-in readers and responses
/// that set cookies are never cached (the default policy); any write this process makes empties it. While the database
/// is down, pages past their time are served from a copy kept for an hour (<see cref="OutageCopyStore"/>).
/// </summary>
internal static class PageCache
{
    public const string Policy = "pages";
    private const string Tag = "pages";

    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Site:PageCacheSeconds", 30);
        services.AddOutputCache(cache => cache.AddPolicy(Policy, page =>
        {
            if (seconds <= 0)
            {
                page.NoCache();
                return;
            }
            // No request locking: with it, readers waiting on a render that its own reader abandoned can be handed an
            // empty page (dotnet/aspnetcore#52310); a render here is cheap enough to let a few run side by side.
            page.Expire(TimeSpan.FromSeconds(seconds)).Tag(Tag).SetVaryByHeader("Accept-Language").VaryByValue(ReaderKey).SetLocking(false);
        }));
        var memory = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(memory);
        return services.AddSingleton<IOutputCacheStore>(sp => new OutageCopyStore(
            (IOutputCacheStore)(memory.ImplementationInstance ?? memory.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, memory.ImplementationType!)),
            sp.GetRequiredService<DatabaseAvailability>()));
    }

    public static void UsePageCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<DataChanges>().Written += () => Evict(store);
        app.UseOutputCache();
        // Writes that bypass the change tracker (bulk deletes) still come through a request.
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && context.Response.StatusCode < 400)
                Evict(store);
        });
    }

    private static KeyValuePair<string, string> ReaderKey(HttpContext context)
    {
        var cookies = context.Request.Cookies;
        return new("reader", $"{cookies[SpoilerShield.OffCookie]}|{cookies[SpoilerShield.SeenCookie]}|{cookies[ReaderCountry.CookieName]}");
    }

    private static void Evict(IOutputCacheStore store)
    {
        var eviction = store.EvictByTagAsync(Tag, CancellationToken.None);
        if (!eviction.IsCompletedSuccessfully) eviction.AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>
/// The page cache's store, keeping beside each page a copy for <see cref="KeptFor"/> that is handed out only while the
/// database is down, so readers keep getting the pages the cache held when it went away. Evicting a tag drops both.
/// </summary>
internal sealed class OutageCopyStore(IOutputCacheStore inner, DatabaseAvailability database) : IOutputCacheStore
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private const string CopyPrefix = "outage-copy\u001e";

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await inner.GetAsync(key, cancellationToken) ?? (database.IsDown ? await inner.GetAsync(CopyPrefix + key, cancellationToken) : null);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        await inner.SetAsync(CopyPrefix + key, value, tags, KeptFor > validFor ? KeptFor : validFor, cancellationToken);
    }
}

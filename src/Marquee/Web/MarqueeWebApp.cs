using Marquee.Cli;
using Marquee.Data;
using Marquee.Import.ArticleImports;
using Marquee.Web.Api;
using Marquee.Features.Showtimes;
using Marquee.Features.Reviews;
using Microsoft.Extensions.Configuration;

namespace Marquee.Web;

/// <summary>Builds the web application: a table of contents, each line a feature's own AddX/MapX.</summary>
internal static class MarqueeWebApp
{
    public static WebApplication Build(string[] hostArgs, IConfiguration settings)
    {
        var options = new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = hostArgs.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        };
        var builder = WebApplication.CreateBuilder(options);
        // The content root is the executable's folder (see above), where a build has no wwwroot: outside Development
        // too, `dotnet run` serves the project's static files by the build's manifest. A published app has no
        // manifest and its own wwwroot, so this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        builder.Configuration.AddConfiguration(settings);
        if (string.IsNullOrEmpty(builder.Configuration["Urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5000");

        builder.Services.AddMarqueeData(MarqueeOptions.DatabaseFrom(builder.Configuration));
        builder.Services.AddHostedService<StartupInitializer>();
        builder.Services.AddMarqueeErrors();
        builder.Services.AddMarqueeAuth();
        builder.Services.AddMarqueeApi();
        builder.Services.AddMarqueeRateLimits(builder.Configuration);
        builder.Services.AddReviews();
        builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SiteUrls>();
        // One folder per feature (Features/Reviews: pages, endpoints, feeds); Razor Pages route from it.
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Features";
            pages.Conventions.ConfigureFilter(new PageMethods());
        });
        builder.Services.AddPageCache(builder.Configuration);
        builder.Services.AddShowtimes();
        builder.Services.AddArticleImports();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseMarqueeErrors();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCookieApiAntiforgery();
        app.UseRateLimiter();
        app.UseRequestSizeLimits();
        app.UseInputGuard();
        app.UseAntiforgery();
        app.UsePageCache();
        app.UseDatabaseOutage();
        app.MapHealth();
        app.MapMarqueeApi();
        app.MapShowtimes();
        app.MapReviews();
        app.MapRazorPages();
        return app;
    }
}

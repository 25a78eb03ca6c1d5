using Microsoft.Extensions.DependencyInjection;

namespace Marquee.Import.ArticleImports;

public static class ArticleImportServices
{
    /// <summary>Registers the article importer and the editor's import commands and queries.</summary>
    public static IServiceCollection AddArticleImports(this IServiceCollection services)
    {
        services.AddScoped<ArticleDrafts>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleImportCommands>();
        services.AddScoped<ArticleImportQueries>();
        return services;
    }
}

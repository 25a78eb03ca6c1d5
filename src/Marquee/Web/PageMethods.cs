using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marquee.Web;

/// <summary>
/// A page answers only the methods it has handlers for. Razor Pages would otherwise render a page for TRACE, OPTIONS
/// or any made-up method without running its handler, and the page, its model never loaded, fails.
/// </summary>
internal sealed class PageMethods : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is null && handlers.Count > 0)
        {
            var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Append("HEAD").Distinct();
            context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        await next();
    }
}

using Marquee.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Web;

/// <summary>How a form page shows a command that failed: each error beside its field, and the status the API would give.</summary>
internal static class PageResults
{
    /// <summary>
    /// Puts the command's errors into ModelState (a field named in <paramref name="keys"/> goes to that key, "" for the
    /// form as a whole; any other to <paramref name="prefix"/> and the field capitalised, as the form binds it) and sets
    /// the response status. A detail without field errors (a stale version, a refusal) is shown for the whole form.
    /// </summary>
    public static void ShowFailure<T>(this PageModel page, CommandResult<T> result, string prefix = "", IReadOnlyDictionary<string, string>? keys = null)
    {
        foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]>())
        {
            var key = keys?.GetValueOrDefault(field) ?? prefix + char.ToUpperInvariant(field[0]) + field[1..];
            foreach (var message in messages) page.ModelState.AddModelError(key, message);
        }
        if (result.Detail is not null && result.Errors is null) page.ModelState.AddModelError(string.Empty, result.Detail);
        page.Response.StatusCode = result.Status.ToHttpStatus();
    }
}

using Marquee.Core.Common;
using Marquee.Web.Api;

namespace Marquee.Web;

/// <summary>
/// Refuses, at the edge, text no field can hold (<see cref="StorableText"/>): in the path, the query string and form
/// fields, with a 400 naming the field. JSON bodies get the same check as they are read (<see cref="ApiJson"/>). So
/// SQLite and PostgreSQL see the same text, and a NUL is a clear error instead of a database failure.
/// </summary>
internal static class InputGuard
{
    /// <summary>The reason a page request was refused, for the status page to show.</summary>
    public const string ReasonItem = "marquee.bad-input";

    public static void UseInputGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        // The status page that explains a refusal runs through here again with the same form.
        var problem = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null ? await FindAsync(context.Request) : null;
        if (problem is null)
        {
            await next(context);
            return;
        }
        var (field, reason) = problem.Value;
        if (Errors.IsApi(context.Request.Path))
        {
            await Problems.Invalid(field, reason).ExecuteAsync(context);
            return;
        }
        context.Items[ReasonItem] = $"{field}: {reason}";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
    });

    private static async Task<(string Field, string Reason)?> FindAsync(HttpRequest request)
    {
        if (Check("path", request.Path.Value ?? "", multiLine: false) is { } path) return path;
        foreach (var (key, values) in request.Query)
        {
            if (Check("query", key, multiLine: false) is { } name) return name;
            foreach (var value in values)
            {
                if (value is not null && Check(key, value, multiLine: false) is { } found) return found;
            }
        }
        if (!request.HasFormContentType) return null;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // The form reader itself refuses a NUL in a value (and malformed encodings) without naming the field.
            return ("form", "A form field holds a NUL character or is not encoded properly; remove it.");
        }
        foreach (var (key, values) in form)
        {
            if (Check("form", key, multiLine: false) is { } name) return name;
            foreach (var value in values)
            {
                if (value is not null && Check(key, value, multiLine: true) is { } found) return found;
            }
        }
        return null;
    }

    private static (string, string)? Check(string field, string text, bool multiLine) =>
        StorableText.Refusal(text, multiLine) is { } refusal ? (field, refusal) : null;
}

using Marquee.Data;

namespace Marquee.Web.Api;

/// <summary>problem+json results with the right status for each outcome of a command.</summary>
internal static class Problems
{
    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value), title: "The request has invalid fields.");

    public static IResult Status(int status, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        Results.Problem(detail: detail, statusCode: status, extensions: errors is null ? null : new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);

    /// <summary>The error result for a failed command, or null when it succeeded.</summary>
    public static IResult? FromFailure<T>(CommandResult<T> result) => result.Status switch
    {
        CommandStatus.Ok or CommandStatus.Created => null,
        CommandStatus.NotFound => NotFound(result.Detail ?? "Not found."),
        CommandStatus.Invalid => Invalid(result.Errors ?? new Dictionary<string, string[]>()),
        CommandStatus.Conflict => Status(result.Status.ToHttpStatus(), result.Detail ?? "Conflict.", result.Errors),
        CommandStatus.PreconditionFailed => Status(result.Status.ToHttpStatus(), result.Detail ?? "Stale ETag."),
        CommandStatus.Forbidden => Status(result.Status.ToHttpStatus(), result.Detail ?? "Not allowed."),
        _ => Status(StatusCodes.Status500InternalServerError, "Unexpected outcome."),
    };
}

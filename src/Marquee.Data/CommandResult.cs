namespace Marquee.Data;

public enum CommandStatus
{
    Ok,
    Created,
    NotFound,
    Invalid,
    Conflict,
    PreconditionFailed,
    Forbidden,
}

/// <summary>What a write did. "Not found" and "invalid" are ordinary outcomes, not exceptions.</summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value = default, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null)
{
    public bool Succeeded => Status is CommandStatus.Ok or CommandStatus.Created;

    public static CommandResult<T> Ok(T value) => new(CommandStatus.Ok, value);
    public static CommandResult<T> Created(T value) => new(CommandStatus.Created, value);
    public static CommandResult<T> NotFound(string detail) => new(CommandStatus.NotFound, Detail: detail);
    public static CommandResult<T> Conflict(string field, string message) =>
        new(CommandStatus.Conflict, Errors: new Dictionary<string, string[]> { [field] = [message] }, Detail: message);
    public static CommandResult<T> Stale() =>
        new(CommandStatus.PreconditionFailed, Detail: "The resource was changed since you read it; fetch it again and retry with its new ETag.");
    public static CommandResult<T> Forbidden(string detail) => new(CommandStatus.Forbidden, Detail: detail);
    public static CommandResult<T> Invalid(string field, string message) =>
        new(CommandStatus.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });
    public static CommandResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(CommandStatus.Invalid, Errors: errors);
}

using Marquee.Data;

namespace Marquee.Web;

/// <summary>The HTTP status of each command outcome, the same for the API's problems and the pages' forms.</summary>
internal static class CommandStatusCodes
{
    public static int ToHttpStatus(this CommandStatus status) => status switch
    {
        CommandStatus.Ok => StatusCodes.Status200OK,
        CommandStatus.Created => StatusCodes.Status201Created,
        CommandStatus.NotFound => StatusCodes.Status404NotFound,
        CommandStatus.Invalid => StatusCodes.Status400BadRequest,
        CommandStatus.Conflict => StatusCodes.Status409Conflict,
        CommandStatus.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status500InternalServerError,
    };
}

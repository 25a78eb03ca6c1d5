namespace Marquee.Core.Common;

/// <summary>An entity readers can edit: carries timestamps and a concurrency version that becomes its ETag.</summary>
public interface IEditable
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    long Version { get; set; }
}

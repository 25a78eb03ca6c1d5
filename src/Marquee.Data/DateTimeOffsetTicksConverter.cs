using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marquee.Data;

/// <summary>Stores a DateTimeOffset as UTC ticks, so SQLite can order and compare it.</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

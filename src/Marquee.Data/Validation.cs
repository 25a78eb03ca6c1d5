using FluentValidation;
using FluentValidation.Results;

namespace Marquee.Data;

/// <summary>Turns a validator's failures into the field → messages map that problem details carry, with camelCase field paths.</summary>
public static class Validation
{
    public static IReadOnlyDictionary<string, string[]>? Check<T>(IValidator<T> validator, T input)
    {
        ValidationResult result = validator.Validate(input);
        return result.IsValid ? null : ToErrors(result.Errors);
    }

    public static IReadOnlyDictionary<string, string[]> ToErrors(IEnumerable<ValidationFailure> failures) =>
        failures.GroupBy(f => CamelPath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());

    /// <summary>"Countries[0]" → "countries[0]", "Cast[1].Character" → "cast[1].character".</summary>
    public static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}

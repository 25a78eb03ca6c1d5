namespace Marquee.Web.Api;

/// <summary>The kinds of value a list parameter takes, as the API document describes them.</summary>
internal enum QueryValue
{
    Integer,
    Text,
    Date,
}

/// <summary>
/// One query-string parameter of a list endpoint: its name and limits, read by <see cref="QueryArgs"/> and described in
/// the API document from the same object (<see cref="ApiConventions.WithQuery"/>), so the two cannot disagree.
/// </summary>
internal sealed record QueryParam(string Name, string Description, QueryValue Value, int Min = 0, int Max = 0, int MaxLength = 0,
    IReadOnlyList<string>? Values = null, bool Required = false)
{
    public static QueryParam Int(string name, int min, int max, string description) => new(name, description, QueryValue.Integer, Min: min, Max: max);

    public static QueryParam Text(string name, int maxLength, string description, bool required = false) =>
        new(name, description, QueryValue.Text, MaxLength: maxLength, Required: required);

    public static QueryParam Enum<T>(string name, string description) where T : struct, System.Enum =>
        new(name, description, QueryValue.Text, Values: System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList());

    public static QueryParam Choice(string name, string description, params string[] values) => new(name, description, QueryValue.Text, Values: values);

    public static QueryParam Date(string name, string description) => new(name, description, QueryValue.Date);

    public static QueryParam Page { get; } = Int("page", 1, 100_000, "The page, from 1.");

    public static QueryParam PageSize(int max, int byDefault) => Int("pageSize", 1, max, $"Items per page (default {byDefault}).");

    public static QueryParam Country { get; } = new("country", "An ISO 3166-1 alpha-2 code such as US or GB.", QueryValue.Text, MaxLength: 2);
}

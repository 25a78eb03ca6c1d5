namespace Marquee.Data.Configuration;

/// <summary>Column sizes, shared by the schema and the API's validation so both agree.</summary>
public static class FieldLimits
{
    public const int Slug = Marquee.Core.Text.Slug.MaxLength;
    public const int Title = 300;
    public const int Name = 200;
    public const int Logline = 300;
    public const int Synopsis = 4000;
    public const int Label = 100;
    public const int Note = 500;
    public const int ExternalId = 32;
    public const int FileName = 260;
}

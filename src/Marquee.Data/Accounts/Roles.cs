namespace Marquee.Data.Accounts;

/// <summary>The roles an account can hold, from least to most trusted.</summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Critic = "critic";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Reader, Critic, Editor, Admin];
}

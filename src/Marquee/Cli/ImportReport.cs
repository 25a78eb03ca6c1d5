using System.Text;
using Marquee.Core.Names;
using Marquee.Import.ArticleImports;

namespace Marquee.Cli;

/// <summary>What `import article` stored, for the terminal.</summary>
internal static class ImportReport
{
    public static string Describe(string name, ImportOutcome o)
    {
        var sb = new StringBuilder();
        if (o.AlreadyImported)
        {
            sb.Append($"{name}: already imported as import {o.ImportId}");
            sb.Append(o.ReviewSlug is null ? "" : $" (draft review {o.ReviewSlug})");
            return sb.Append("; nothing was written.").ToString();
        }
        sb.AppendLine($"{name}: stored as pending import {o.ImportId} (/desk/imports/{o.ImportId}).");
        sb.AppendLine(o.Film?.FilmId is null ? $"Film:        none ({o.Film?.Reason})" : $"Film:        {o.Film.Title} ({o.Film.Year}), {o.Film.Slug}: {o.Film.Reason}");
        sb.AppendLine(o.ReviewSlug is not null ? $"Draft:       {o.ReviewSlug} (/desk/reviews/{o.ReviewSlug})" : $"Draft:       not created: {o.DraftProblem}");
        var auto = o.Links.Where(l => l.Action == LinkAction.LinkAutomatically).ToList();
        var proposed = o.Links.Where(l => l.Action == LinkAction.ProposeForReview).ToList();
        sb.AppendLine($"People:      {auto.Count} linked automatically, {proposed.Count} proposed for review, {o.AliasesAdded.Count} new aliases.");
        foreach (var a in o.AliasesAdded) sb.AppendLine($"  alias      {a}");
        foreach (var p in proposed) sb.AppendLine($"  proposed   {p.Spelling} → {p.PersonName}: {p.Reason}");
        return sb.ToString().TrimEnd();
    }
}

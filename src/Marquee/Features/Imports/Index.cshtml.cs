using Marquee.Import.ArticleImports;
using Marquee.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Imports;

/// <summary>/desk/imports: imported articles, newest first, with the proposals still open; a critic sees their own.</summary>
[Authorize(Policy = Auth.CriticPolicy)]
public sealed class IndexModel(ArticleImportQueries imports) : PageModel
{
    public IReadOnlyList<ImportSummary> Imports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Imports = await imports.ListAsync(ImportAccess.OnlyBy(User), ct);
}

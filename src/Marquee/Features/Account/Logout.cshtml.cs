using Marquee.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Account;

/// <summary>POST /account/logout (antiforgery-checked): ends the web session on the server, so a copy of its cookie opens nothing.</summary>
public sealed class LogoutModel(PasswordSignIn signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await signIn.SignOutAsync(HttpContext, ct);
        return LocalRedirect("/");
    }
}

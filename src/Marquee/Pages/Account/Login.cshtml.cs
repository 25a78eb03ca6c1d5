using System.ComponentModel.DataAnnotations;
using Marquee.Data.Accounts;
using Marquee.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Pages.Account;

/// <summary>/account/login: the web sign-in for critics and editors (ASP.NET Core Identity, a cookie), with antiforgery and lockout.</summary>
public sealed class LoginModel(SignInManager<MarqueeUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your user name."), StringLength(256)]
    public string? UserName { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), StringLength(200)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(UserName!, Password!, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(RedirectTarget.LocalOr(ReturnUrl, "/desk"));
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? "Too many attempts; try again in a few minutes." : "That user name and password do not match.");
        return Page();
    }
}

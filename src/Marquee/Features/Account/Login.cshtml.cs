using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marquee.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Features.Account;

/// <summary>/account/login: the web sign-in for critics and editors (a server-side session in a cookie), with antiforgery, lockout and an attempts budget.</summary>
public sealed class LoginModel(PasswordSignIn signIn) : PageModel
{
    /// <summary>One answer for a wrong name, a wrong password, a locked-out and a disabled account: none tells that a name exists.</summary>
    public const string Refused = "That user name and password do not match, or the account is locked for a few minutes after too many attempts.";

    [BindProperty, Required(ErrorMessage = "Enter your user name."), StringLength(256)]
    public string? UserName { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), StringLength(200)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.SignInAsync(HttpContext, UserName!, Password!, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(RedirectTarget.LocalOr(ReturnUrl, "/desk"));
            case SignInOutcome.Limited:
                var seconds = (int)Math.Ceiling(result.RetryAfter!.Value.TotalSeconds);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                ModelState.AddModelError(string.Empty, $"Too many sign-in attempts; wait {seconds} seconds and try again.");
                return Page();
            default:
                ModelState.AddModelError(string.Empty, Refused);
                return Page();
        }
    }
}

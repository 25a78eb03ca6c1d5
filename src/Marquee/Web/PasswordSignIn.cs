using System.Security.Claims;
using System.Security.Cryptography;
using Marquee.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Web;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong name or password, a locked-out or a disabled account: one answer for all, so that none is told from another.</summary>
    Refused,

    /// <summary>Over the attempts budget of the address or the user name.</summary>
    Limited,
}

public sealed record SignInAttempt(SignInOutcome Outcome, TimeSpan? RetryAfter = null);

/// <summary>
/// The sign-in form's work: the attempts budget, the password check with Identity's lockout, a server-side session and
/// the cookie. An unknown, disabled, locked-out or password-less account costs one password hash too, so that the
/// answer and its time are the same as for a wrong password. Failures and lockouts are logged with the name and address.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<MarqueeUser> signIn, UserManager<MarqueeUser> users, UserSessions sessions, SignInLimiter limiter, ILogger<PasswordSignIn> log)
{
    private static readonly MarqueeUser Nobody = new();
    private static string? dummyHash;

    public async Task<SignInAttempt> SignInAsync(HttpContext http, string userName, string password, CancellationToken ct)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.TryAttempt(address, userName) is { } wait)
        {
            log.LogWarning("Sign-in refused for {UserName} from {Address}: too many attempts", userName, address);
            return new SignInAttempt(SignInOutcome.Limited, wait);
        }

        var user = await users.FindByNameAsync(userName);
        var cannot = user is null ? "no such user"
            : user.DisabledAt is not null ? "account disabled"
            : await users.IsLockedOutAsync(user) ? "account locked out"
            : user.PasswordHash is null ? "account has no password"
            : null;
        if (cannot is not null)
        {
            VerifyAgainstDummy(password);
            log.LogWarning("Sign-in failed for {UserName} from {Address}: {Reason}", userName, address, cannot);
            return new SignInAttempt(SignInOutcome.Refused);
        }

        var checkedPassword = await signIn.CheckPasswordSignInAsync(user!, password, lockoutOnFailure: true);
        if (!checkedPassword.Succeeded)
        {
            log.LogWarning("Sign-in failed for {UserName} from {Address}: wrong password", userName, address);
            if (checkedPassword.IsLockedOut)
                log.LogWarning("Account {UserName} locked for {Minutes} minutes after failed sign-ins, the last from {Address}",
                    user!.UserName, users.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes, address);
            return new SignInAttempt(SignInOutcome.Refused);
        }

        var session = await sessions.StartAsync(user!.Id, http.Request.Headers.UserAgent.ToString(), ct);
        await signIn.SignInWithClaimsAsync(user, isPersistent: true, [new Claim(UserSessions.ClaimType, session)]);
        log.LogInformation("{UserName} signed in from {Address}", user.UserName, address);
        return new SignInAttempt(SignInOutcome.SignedIn);
    }

    /// <summary>Ends the session the request's cookie names, then the cookie.</summary>
    public async Task SignOutAsync(HttpContext http, CancellationToken ct)
    {
        if (http.User.FindFirstValue(UserSessions.ClaimType) is { } session) await sessions.EndAsync(session, ct);
        await signIn.SignOutAsync();
    }

    private void VerifyAgainstDummy(string password)
    {
        // Made once per process with the same hasher as real passwords; making it costs what one check costs.
        if (dummyHash is null)
        {
            dummyHash = users.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
            return;
        }
        users.PasswordHasher.VerifyHashedPassword(Nobody, dummyHash, password);
    }
}

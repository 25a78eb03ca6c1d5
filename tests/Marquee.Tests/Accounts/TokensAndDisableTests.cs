using System.Net;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Marquee.Tests.Accounts.AccountsApp;

namespace Marquee.Tests.Accounts;

/// <summary>A password lockout guards the password only; disabling an account ends its sessions and refuses its tokens.</summary>
public sealed class TokensAndDisableTests
{
    [Theory]
    [AllProviders]
    public async Task Wrong_passwords_lock_the_sign_in_but_not_the_api_token(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (name, token) = await AddUserAsync(app, Roles.Editor);
        var stranger = CookieClient(app);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await TrySignInAsync(stranger, name, "wrong-password-" + i)).StatusCode);

        // Locked: even the right password is refused for now...
        Assert.Equal(HttpStatusCode.OK, (await TrySignInAsync(CookieClient(app), name, Password)).StatusCode);
        // ...but the editor's token still writes.
        var write = await WithToken(app, token).PostJsonAsync("/api/v1/reviews", Review(film));
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
    }

    [Theory]
    [AllProviders]
    public async Task Disabling_ends_sessions_and_refuses_tokens_until_enabled(Provider provider)
    {
        using var app = new MarqueeApp(provider, demo: false);
        var film = await AddFilmAsync(app);
        var (name, token) = await AddUserAsync(app, Roles.Critic);
        var cookie = await SignInForCookieAsync(app, name);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(app, cookie, HttpMethod.Get, "/desk")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserCommands>().DisableAsync(name, Ct)).Succeeded);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(app, token).PostJsonAsync("/api/v1/reviews", Review(film))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(app, cookie, HttpMethod.Get, "/desk")).StatusCode);
        var refused = await TrySignInAsync(CookieClient(app), name, Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again, not a redirect to the desk

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserCommands>().EnableAsync(name, Ct)).Succeeded);

        Assert.Equal(HttpStatusCode.Created, (await WithToken(app, token).PostJsonAsync("/api/v1/reviews", Review(film))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(app, cookie, HttpMethod.Get, "/desk")).StatusCode); // still over
        await SignInAsync(CookieClient(app), name);
    }

    [Fact]
    public async Task Users_disable_and_enable_on_the_command_line()
    {
        var data = TestEnvironment.NewDataDirectory();
        Assert.Equal(0, (await MarqueeCli.RunAsync("users", "add", "ada", "--role", "critic", "--data", data)).Code);

        var (code, output, _) = await MarqueeCli.RunAsync("users", "disable", "ada", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("Disabled ada", output, StringComparison.Ordinal);
        (_, output, _) = await MarqueeCli.RunAsync("users", "list", "--data", data);
        Assert.Contains("disabled", output, StringComparison.Ordinal);

        (code, output, _) = await MarqueeCli.RunAsync("users", "enable", "ada", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("Enabled ada", output, StringComparison.Ordinal);
        (_, output, _) = await MarqueeCli.RunAsync("users", "list", "--data", data);
        Assert.DoesNotContain("disabled", output, StringComparison.Ordinal);

        (code, _, var error) = await MarqueeCli.RunAsync("users", "disable", "nobody", "--data", data);
        Assert.NotEqual(0, code);
        Assert.Contains("No user named 'nobody'", error, StringComparison.Ordinal);

        (code, output, _) = await MarqueeCli.RunAsync("users", "role", "ada", "editor", "--data", data);
        Assert.Equal(0, code);
        (_, output, _) = await MarqueeCli.RunAsync("users", "list", "--data", data);
        Assert.Contains("ada\teditor", output, StringComparison.Ordinal);
    }
}

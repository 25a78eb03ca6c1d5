using System.Net;
using Marquee.Data.Accounts;
using Marquee.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Marquee.Tests.Accounts.AccountsApp;

namespace Marquee.Tests.Accounts;

/// <summary>The sign-in form tells nobody which user names exist, is rate-limited per address and per name, and logs failures.</summary>
public sealed class SignInProbeTests
{
    /// <summary>The app with a test-only header that sets the client's address, and its log kept in memory.</summary>
    private sealed class ProbedApp(Provider provider, int? signInPerMinute = null)
        : MarqueeApp(provider, demo: false, signInPerMinute is { } n ? new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null)
    {
        public const string AddressHeader = "X-Test-Address";

        public FakeLogCollector Log => Services.GetFakeLogCollector();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddFakeLogging());
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, AddressFromHeader>());
        }

        private sealed class AddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((http, inner) =>
                {
                    if (http.Request.Headers[AddressHeader] is [{ } address]) http.Connection.RemoteIpAddress = IPAddress.Parse(address);
                    return inner(http);
                });
                next(app);
            };
        }

        public HttpClient From(string address)
        {
            var client = CookieClient(this);
            client.DefaultRequestHeaders.Add(AddressHeader, address);
            return client;
        }
    }

    [Theory]
    [AllProviders]
    public async Task A_real_and_an_unknown_name_get_the_same_answer_after_six_wrong_passwords(Provider provider)
    {
        using var app = new ProbedApp(provider);
        var (real, _) = await AddUserAsync(app, Roles.Critic);
        async Task<(HttpStatusCode, string)> SixWrongAsync(string name)
        {
            var browser = CookieClient(app);
            HttpResponseMessage last = null!;
            for (var i = 0; i < 6; i++) last = await TrySignInAsync(browser, name, "not-the-password-" + i);
            return (last.StatusCode, Alert(await last.Content.ReadAsStringAsync(Ct)));
        }

        var forReal = await SixWrongAsync(real);
        var forUnknown = await SixWrongAsync("nobody-" + Guid.NewGuid().ToString("n")[..8]);
        Assert.Equal(forUnknown, forReal);
        Assert.Equal(HttpStatusCode.OK, forReal.Item1);
        Assert.NotEmpty(forReal.Item2);

        // The locked-out real account with its right password reads the same too.
        var rightButLocked = await TrySignInAsync(CookieClient(app), real, Password);
        Assert.Equal(forUnknown, (rightButLocked.StatusCode, Alert(await rightButLocked.Content.ReadAsStringAsync(Ct))));
    }

    [Theory]
    [AllProviders]
    public async Task Sign_in_is_limited_per_address_and_per_name_with_429_and_retry_after(Provider provider)
    {
        using var app = new ProbedApp(provider, signInPerMinute: 3);
        var (name, _) = await AddUserAsync(app, Roles.Critic);

        // One address trying many names.
        var guesser = app.From("203.0.113.7");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await TrySignInAsync(guesser, $"guess-{i}", "not-the-password")).StatusCode);
        var limited = await TrySignInAsync(guesser, "guess-3", "not-the-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Contains("Too many sign-in attempts", Alert(await limited.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        // Even the right password waits, from that address.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TrySignInAsync(guesser, name, Password)).StatusCode);
        // Another address is not held up by it.
        await SignInAsync(app.From("203.0.113.8"), name);

        // Many addresses trying one name: that name is held up, a known one and an unknown one alike.
        foreach (var target in new[] { name, "nobody-at-all" })
        {
            var start = target == name ? 1 : 0; // the real name has had one sign-in already
            for (var i = start; i < 3; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await TrySignInAsync(app.From($"198.51.100.{i}"), target, "not-the-password")).StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await TrySignInAsync(app.From("198.51.100.99"), target, "not-the-password")).StatusCode);
        }
    }

    [Theory]
    [AllProviders]
    public async Task Failures_and_lockouts_are_logged_with_name_and_address_never_the_password(Provider provider)
    {
        using var app = new ProbedApp(provider);
        var (name, _) = await AddUserAsync(app, Roles.Critic);
        var client = app.From("192.0.2.44");
        await TrySignInAsync(client, "nobody-here", "secret-guess-unknown");
        for (var i = 0; i < 5; i++) await TrySignInAsync(client, name, "secret-guess-" + i);

        var records = app.Log.GetSnapshot();
        var failures = records.Where(r => r.Level == LogLevel.Warning && r.Message.Contains("Sign-in failed", StringComparison.Ordinal)).ToList();
        Assert.Contains(failures, r => r.Message.Contains("nobody-here", StringComparison.Ordinal) && r.Message.Contains("192.0.2.44", StringComparison.Ordinal));
        Assert.Contains(failures, r => r.Message.Contains(name, StringComparison.Ordinal));
        Assert.Contains(records, r => r.Level == LogLevel.Warning && r.Message.Contains("locked", StringComparison.Ordinal) && r.Message.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Message.Contains("secret-guess", StringComparison.Ordinal));
    }
}

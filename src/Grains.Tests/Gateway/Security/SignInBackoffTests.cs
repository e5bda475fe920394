using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Tests.Gateway.Accounts;

namespace VendorGrid.Tests.Gateway.Security;

/// <summary>
/// Issue 17, item 4: failed sign-ins slow down one client guessing one name — never lock the account for everyone —
/// and an unknown name gets exactly the answers a real one gets, so nothing tells who has an account.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class SignInBackoffTests(GatewayFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)));
    private WebApplicationFactory<GatewaySettings> app = null!;

    public ValueTask InitializeAsync()
    {
        app = fixture.OnClock(clock, services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<HttpResponseMessage> SignInAsync(string username, string password, string client = "198.51.100.7")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add(TestClientAddress.Header, client);
        return await SignedInClient.Browser(app).SendAsync(request);
    }

    private static async Task<(HttpStatusCode, string?, string?, string?, string?)> AnswerAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("type").GetString(), body.GetProperty("title").GetString(), body.GetProperty("detail").GetString(),
            response.Headers.TryGetValues("Retry-After", out var after) ? after.Single() : null);
    }

    private async Task<string> AccountAsync() =>
        await SignedInClient.CreateAccountAsync(fixture, "vendor", null, $"vend-{Guid.NewGuid():N}"[..24], "the-right-password", app);

    [Fact]
    public async Task AfterFiveFailures_ARealAccountAndAnUnknownName_GetTheSameAnswer()
    {
        var real = await AccountAsync();
        var unknown = "nobody-" + real;

        var answers = new List<((HttpStatusCode, string?, string?, string?, string?) Real, (HttpStatusCode, string?, string?, string?, string?) Unknown)>();
        for (var i = 0; i < 7; i++)
            answers.Add((await AnswerAsync(await SignInAsync(real, "a-wrong-password")), await AnswerAsync(await SignInAsync(unknown, "a-wrong-password"))));

        Assert.All(answers, pair => Assert.Equal(pair.Real, pair.Unknown));
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            answers.Select(a => a.Real.Item1));
        Assert.Equal(("urn:vendorgrid:problem:sign-in-throttled", "1"), (answers[5].Real.Item2, answers[5].Real.Item5));
    }

    [Fact]
    public async Task AGuesser_SlowsDownOnlyItself_TheOwnerSignsInFromAnotherClient()
    {
        var username = await AccountAsync();

        for (var i = 0; i < 12; i++)
        {
            await SignInAsync(username, $"guess-{i}", client: "203.0.113.66");
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        var guesser = await SignInAsync(username, "the-right-password", client: "203.0.113.66");
        var owner = await SignInAsync(username, "the-right-password", client: "198.51.100.20");

        Assert.Equal(HttpStatusCode.TooManyRequests, guesser.StatusCode);  // refused without looking at the password
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task WithinTheWait_EvenTheRightPasswordIsRefused_AfterItTheWaitIsOverAndASuccessForgetsTheCount()
    {
        var username = await AccountAsync();
        for (var i = 0; i < 6; i++) await SignInAsync(username, "a-wrong-password");  // five counted, then a refusal within the 1 s wait
        clock.Advance(TimeSpan.FromSeconds(1));
        var sixthCounted = await SignInAsync(username, "a-wrong-password");  // the 6th counted failure: the next must wait 2 s
        var tooEarly = await SignInAsync(username, "the-right-password");
        clock.Advance(TimeSpan.FromSeconds(2));
        var inTime = await SignInAsync(username, "the-right-password");
        var afterSuccess = await SignInAsync(username, "a-wrong-password");

        Assert.Equal(HttpStatusCode.Unauthorized, sixthCounted.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooEarly.StatusCode);
        Assert.Equal("2", tooEarly.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSuccess.StatusCode);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(10, 32)]
    [InlineData(14, 512)]
    [InlineData(15, 900)]  // 1,024 s, held to the 15 minutes
    [InlineData(500, 900)]
    public void TheWait_DoublesFromTheFifthFailure_UpToFifteenMinutes(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SignInBackoff.Delay(failures, freeAttempts: 5, max: TimeSpan.FromMinutes(15)));

    [Fact]
    public async Task AnUnknownName_CostsTheSameWorkAsAWrongPassword()
    {
        var real = await AccountAsync();
        var (wrong, unknown) = (new List<double>(), new List<double>());
        for (var i = 0; i < 4; i++)  // four each, below the backoff, interleaved so load on the machine hits both alike
        {
            var timer = Stopwatch.StartNew();
            await SignInAsync(real, "a-wrong-password", client: $"192.0.2.{i}");
            wrong.Add(timer.Elapsed.TotalMilliseconds);
            timer.Restart();
            await SignInAsync("nobody-" + real, "a-wrong-password", client: $"192.0.2.{i}");
            unknown.Add(timer.Elapsed.TotalMilliseconds);
        }

        // Both verify one password hash (tens of milliseconds); skipping it for unknown names would be 10× faster.
        var ratio = unknown.Order().ElementAt(2) / wrong.Order().ElementAt(2);
        Assert.InRange(ratio, 1 / 3.0, 3.0);
    }

    /// <summary>Lets a test say which client address a request comes from (TestServer has none).</summary>
    private sealed class TestClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((http, proceed) =>
            {
                if (http.Request.Headers[Header].ToString() is { Length: > 0 } address) http.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return proceed(http);
            });
            next(builder);
        };
    }
}

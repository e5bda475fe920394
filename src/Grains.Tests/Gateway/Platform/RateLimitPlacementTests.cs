using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorGrid.Gateway.Hosting;

using VendorGrid.Gateway.Security;

namespace VendorGrid.Tests.Gateway.Platform;

/// <summary>
/// Issue 17, item 3: the client's address comes from X-Forwarded-For only when a configured proxy sent it, and
/// callers whose credential the gateway has not verified yet are limited per address before authentication.
/// Every request here arrives from the address a test "network" gives it (a startup filter sets it, as Kestrel would).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RateLimitPlacementTests(GatewayFixture fixture) : IAsyncLifetime
{
    private static readonly IPAddress Ingress = IPAddress.Parse("10.42.0.7"), Stranger = IPAddress.Parse("192.0.2.50");
    private readonly List<WebApplicationFactory<GatewaySettings>> apps = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps) await app.DisposeAsync();
    }

    private WebApplicationFactory<GatewaySettings> Gateway(IPAddress from, Dictionary<string, string?> settings)
    {
        var app = fixture.Factory.WithWebHostBuilder(web => web
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings))
            .ConfigureTestServices(services => services.AddTransient<IStartupFilter>(_ => new ArrivesFrom(from))));
        apps.Add(app);
        return app;
    }

    private static async Task<HttpStatusCode> GetAsync(WebApplicationFactory<GatewaySettings> app, string? forwardedFor = null, string? token = null)
    {
        var client = app.CreateClient();
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.GetAsync("/api/contracts?limit=1")).StatusCode;
    }

    [Fact]
    public async Task BehindAConfiguredIngress_EachClientAddressHasABucketOfItsOwn()
    {
        var app = Gateway(Ingress, new() { ["VG_RATE_LIMIT_PER_MINUTE"] = "2", ["VG_FORWARDED_KNOWN_NETWORKS"] = "10.42.0.0/16" });

        var first = new[] { await GetAsync(app, "203.0.113.5"), await GetAsync(app, "203.0.113.5"), await GetAsync(app, "203.0.113.5") };
        var second = await GetAsync(app, "198.51.100.9");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.Unauthorized, second);
    }

    [Fact]
    public async Task WithoutConfiguredProxies_XForwardedForIsIgnored_SoAClientCannotPickAFreshBucket()
    {
        var app = Gateway(Ingress, new() { ["VG_RATE_LIMIT_PER_MINUTE"] = "2" });

        var statuses = new[] { await GetAsync(app, "203.0.113.5"), await GetAsync(app, "203.0.113.6"), await GetAsync(app, "203.0.113.7") };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task XForwardedForFromAnAddressOutsideTheKnownNetworks_IsIgnored()
    {
        var app = Gateway(Stranger, new() { ["VG_RATE_LIMIT_PER_MINUTE"] = "2", ["VG_FORWARDED_KNOWN_NETWORKS"] = "10.42.0.0/16" });

        var statuses = new[] { await GetAsync(app, "203.0.113.5"), await GetAsync(app, "203.0.113.6"), await GetAsync(app, "203.0.113.7") };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task TokensNotYetVerified_CountAgainstTheAddressBeforeAuthentication_VerifiedOnesDoNot()
    {
        var app = Gateway(Stranger, new() { ["VG_RATE_LIMIT_PER_MINUTE"] = "100", ["VG_ANONYMOUS_RATE_LIMIT_PER_MINUTE"] = "2" });
        string Staff(string name) => Tokens.For(fixture, "institution-staff", institution: "bj-health-data-center", name: name);
        var known = Staff("known");

        var knownCalls = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) knownCalls.Add(await GetAsync(app, token: known));
        var secondNew = await GetAsync(app, token: Staff("second"));
        var thirdNew = await GetAsync(app, token: Staff("third"));
        var knownAgain = await GetAsync(app, token: known);

        Assert.All(knownCalls, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, secondNew);
        Assert.Equal(HttpStatusCode.TooManyRequests, thirdNew);
        Assert.Equal(HttpStatusCode.OK, knownAgain);
    }

    [Fact]
    public async Task AFloodOfMadeUpSessionCookies_IsLimitedPerAddress()
    {
        var app = Gateway(Stranger, new() { ["VG_ANONYMOUS_RATE_LIMIT_PER_MINUTE"] = "2" });
        async Task<HttpStatusCode> WithCookieAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/contracts?limit=1");
            request.Headers.Add("Cookie", $"{SessionCookies.Session}={Guid.NewGuid():N}");
            return (await app.CreateClient().SendAsync(request)).StatusCode;
        }

        var statuses = new[] { await WithCookieAsync(), await WithCookieAsync(), await WithCookieAsync() };

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>Gives every request the remote address a real connection from <paramref name="address"/> would have.</summary>
    private sealed class ArrivesFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = address;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}

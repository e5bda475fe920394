using System.Net;

namespace VendorGrid.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class AuthenticationTests(GatewayFixture fixture)
{
    private async Task<HttpStatusCode> StatusAsync(string? token)
    {
        var response = await fixture.Client(token).GetAsync("/api/contracts");
        return response.StatusCode;
    }

    [Fact]
    public async Task NoToken_Is401WithAProblemDocument()
    {
        var response = await fixture.Client().GetAsync("/api/contracts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ExpiredToken_Is401() => Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.Expired(fixture)));

    [Fact]
    public async Task UnsignedAlgNoneToken_Is401() => Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.Unsigned(fixture)));

    [Fact]
    public async Task TokenSignedWithAnotherKey_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.SignedWithAnotherKey(fixture)));

    [Fact]
    public async Task TokenForAnotherAudience_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.ForAudience(fixture, "someone-else")));

    [Fact]
    public async Task ValidTokenWithoutRole_Is403()
    {
        var response = await fixture.Client(Tokens.WithClaims(fixture, new() { ["institution"] = "bj-health-data-center" }))
            .GetAsync("/api/contracts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("institution-admin", null, null)]
    [InlineData("vendor", "bj-health-data-center", null)]
    [InlineData("auditor", null, null)]
    public async Task RoleWithoutItsTenantClaim_Is403(string role, string? institution, string? vendor)
    {
        var claims = new Dictionary<string, object> { ["role"] = role };
        if (institution is not null) claims["institution"] = institution;
        if (vendor is not null) claims["vendor"] = vendor;

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(Tokens.WithClaims(fixture, claims)));
    }

    [Fact]
    public async Task ExpiredBeyondTheSixtySecondSkew_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.ExpiredFor(fixture, TimeSpan.FromSeconds(90))));

    [Fact]
    public async Task ExpiredWithinTheSixtySecondSkew_IsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Tokens.ExpiredFor(fixture, TimeSpan.FromSeconds(30))));

    [Fact]
    public async Task NotBeforeInTheFuture_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.NotYetValid(fixture, TimeSpan.FromMinutes(5))));

    [Fact]
    public async Task TokenWithoutExpiry_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.WithoutExpiry(fixture)));

    [Fact]
    public async Task Hs256SignedWithThePublicKey_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.HmacWithThePublicKey(fixture)));

    [Fact]
    public async Task Rs256Token_Is401() => Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Tokens.Rs256(fixture)));
}

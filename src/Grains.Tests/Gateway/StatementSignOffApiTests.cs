using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorGrid.Tests.Infrastructure;

using static VendorGrid.Tests.Gateway.ProblemResponses;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 15, item 5 over HTTP: the institution's admin issues an ended month, each side signs it off once (the
/// institution's admin for the institution, the vendor for itself; never staff or the platform), and GET /statements
/// shows when it was issued, who signed, until when silence signs, and when it closed. The cluster's clock stands at
/// Sunday 2026-11-22 10:00 (Beijing), so the sign-off window is Monday 11-23 to Friday 11-27.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class StatementSignOffApiTests(GatewayFixture fixture)
{
    private Task<ContractApiClient> C2() => ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");


    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path) => client.PostAsync(path, ContractApiClient.Json("{}"));

    private static async Task<JsonElement> ListAsync(ContractApiClient c2, HttpClient? as_ = null) =>
        await (as_ ?? c2.Admin).GetFromJsonAsync<JsonElement>($"/api/contracts/{c2.Id}/statements");

    private static string[] Parties(JsonElement month) =>
        [.. month.GetProperty("signedOff").EnumerateArray().Select(s => s.GetProperty("party").GetString()!)];

    [Fact]
    public async Task AnIssuedMonth_IsSignedOffOnceBySide_ByTheInstitutionAdminAndTheVendor_AndClosesWithTheSecond()
    {
        Assert.Equal(VendorGridTestCluster.DefaultNow, fixture.Clock.GetUtcNow());
        var c2 = await C2();
        var october = $"/api/contracts/{c2.Id}/statements/2026-10";
        var vendor = c2.As("vendor");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(c2.As("institution-staff"), october + "/issue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(vendor, october + "/issue")).StatusCode);

        var issued = await PostAsync(c2.Admin, october + "/issue");
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(october, issued.Headers.Location?.OriginalString);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((VendorGridTestCluster.DefaultNow, DateTimeOffset.Parse("2026-11-27T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture)),
            (body.GetProperty("issuedAt").GetDateTimeOffset(), body.GetProperty("signOffDueAt").GetDateTimeOffset()));
        Assert.Equal((0, JsonValueKind.Null), (body.GetProperty("signedOff").GetArrayLength(), body.GetProperty("closedAt").ValueKind));
        var reissued = await PostAsync(c2.Admin, october + "/issue");
        Assert.Equal(HttpStatusCode.OK, reissued.StatusCode);
        Assert.Equal(body.GetRawText(), (await reissued.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());

        var staff = await PostAsync(c2.As("institution-staff"), october + "/sign-off");
        var platform = await PostAsync(fixture.Client(Tokens.For(fixture, "platform-admin")), october + "/sign-off");
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (staff.StatusCode, platform.StatusCode));
        Assert.Equal(0, (await ListAsync(c2)).EnumerateArray().Single().GetProperty("signedOff").GetArrayLength());

        var byVendor = await PostAsync(vendor, october + "/sign-off");
        Assert.Equal(HttpStatusCode.Created, byVendor.StatusCode);
        Assert.Equal(["vendor"], Parties(await byVendor.Content.ReadFromJsonAsync<JsonElement>()));
        var again = await PostAsync(vendor, october + "/sign-off");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var once = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["vendor"], Parties(once));
        Assert.Equal(JsonValueKind.Null, once.GetProperty("closedAt").ValueKind);

        var byInstitution = await PostAsync(c2.Admin, october + "/sign-off");
        Assert.Equal(HttpStatusCode.Created, byInstitution.StatusCode);
        var listed = (await ListAsync(c2, vendor)).EnumerateArray().Single();
        Assert.Equal(("2026-10", october), (listed.GetProperty("month").GetString(), listed.GetProperty("url").GetString()));
        Assert.Equal(["vendor", "institution"], Parties(listed));
        Assert.Equal((VendorGridTestCluster.DefaultNow, "signed-off"), (listed.GetProperty("closedAt").GetDateTimeOffset(), listed.GetProperty("closedBy").GetString()));
    }

    [Theory]
    [InlineData("2026-09")]  // ended and inside the term, but not issued
    [InlineData("2026-01")]  // before the term (it starts 2026-02-05)
    [InlineData("2026-12")]  // not ended
    [InlineData("2026-9")]   // not yyyy-MM
    public async Task SigningOffAMonthWithNoIssuedStatement_Is422OnMonth_AndNothingIsRecorded(string month)
    {
        var c2 = await C2();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(c2.Admin, $"/api/contracts/{c2.Id}/statements/2026-10/issue")).StatusCode);
        var problem = await ProblemAsync(await PostAsync(c2.As("vendor"), $"/api/contracts/{c2.Id}/statements/{month}/sign-off"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["month"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var listed = Assert.Single((await ListAsync(c2)).EnumerateArray());
        Assert.Equal(("2026-10", 0), (listed.GetProperty("month").GetString(), listed.GetProperty("signedOff").GetArrayLength()));
    }

    [Theory]
    [InlineData("2026-01")]  // before the term
    [InlineData("2026-11")]  // not ended: the clock is in November
    [InlineData("2026-1")]   // not yyyy-MM
    public async Task IssuingAMonthNotEndedOrOutsideTheTerm_Is422OnMonth_AndNothingIsIssued(string month)
    {
        var c2 = await C2();
        var problem = await ProblemAsync(await PostAsync(c2.Admin, $"/api/contracts/{c2.Id}/statements/{month}/issue"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["month"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, (await ListAsync(c2)).GetArrayLength());
    }
}

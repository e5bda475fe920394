using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Who sees which engineer: the employer all of its staff, an institution only those on its contracts, without personal fields.</summary>
[Collection(GatewayCollection.Name)]
public sealed class EngineerAccessTests(GatewayFixture fixture)
{
    /// <summary>Han's id under this contract's copy: engineer ids are unique across the platform and the tests share one.</summary>
    private static string Han(ContractApiClient c2) => $"han-{c2.Id}";

    private static string Bench(ContractApiClient c2) => $"bench-{c2.Id}";

    private static string HanJson(string id) => $$$"""
        { "id": "{{{id}}}", "name": "韩昭东", "education": "本科", "years": 8, "idNumber": "110101198001010011", "phone": "010-88511155",
          "backgroundCheck": "filed", "certificates": [ { "name": "ITSS 项目经理", "number": "ITSS-2024-001", "issuedOn": "2024-01-01", "expiresOn": "2027-12-31" } ] }
        """;

    private static async Task<ContractApiClient> StaffedC2Async(GatewayFixture fixture)
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostAsync("/api/engineers", ContractApiClient.Json(HanJson(Han(c2))))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostAsync("/api/engineers", ContractApiClient.Json($$"""{ "id": "{{Bench(c2)}}", "name": "未派驻" }"""))).StatusCode);
        var assigned = await vendor.PostAsync($"/api/contracts/{c2.Id}/assignments",
            ContractApiClient.Json($$"""{ "engineer": "{{Han(c2)}}", "role": "ops-engineer", "campus": "本部", "from": "2026-02-05T09:00:00+08:00" }"""));
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        return c2;
    }

    [Fact]
    public async Task Vendor_ReadsItsEngineerWithPersonalFields_AndTheSameBodyAgainIs200()
    {
        var c2 = await StaffedC2Async(fixture);
        var vendor = c2.As("vendor");

        var han = await vendor.GetFromJsonAsync<JsonElement>($"/api/engineers/{Han(c2)}");
        Assert.Equal(("110101198001010011", "filed", "ops-engineer"), (han.GetProperty("idNumber").GetString(), han.GetProperty("backgroundCheck").GetString(),
            han.GetProperty("assignments")[0].GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await vendor.PostAsync("/api/engineers", ContractApiClient.Json(HanJson(Han(c2))))).StatusCode);
        Assert.Equal([Bench(c2), Han(c2)], (await vendor.GetFromJsonAsync<JsonElement[]>("/api/engineers"))!.Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Institution_SeesTheAssignedEngineerWithoutIdNumber_NotTheVendorsOtherStaff()
    {
        var c2 = await StaffedC2Async(fixture);
        var staff = c2.As("institution-staff");

        var han = await staff.GetFromJsonAsync<JsonElement>($"/api/engineers/{Han(c2)}");
        Assert.Equal(JsonValueKind.Null, han.GetProperty("idNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, han.GetProperty("phone").ValueKind);
        Assert.Equal("ITSS 项目经理", han.GetProperty("certificates")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/engineers/{Bench(c2)}")).StatusCode);
        Assert.Equal([Han(c2)], (await staff.GetFromJsonAsync<JsonElement[]>("/api/engineers"))!.Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task VendorCannotReadAnotherVendorsEngineer_ItIsA404LikeAMissingOne()
    {
        var c2 = await StaffedC2Async(fixture);
        var otherVendor = (await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution: c2.Institution)).As("vendor");
        var otherInstitution = (await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026")).As("institution-admin");

        foreach (var caller in new[] { otherVendor, otherInstitution })
        {
            var response = await caller.GetAsync($"/api/engineers/{Han(c2)}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("urn:vendorgrid:problem:engineer-not-found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }
        var attendance = await otherVendor.PostAsync($"/api/engineers/{Han(c2)}/attendance",
            ContractApiClient.Json($$"""{ "contract": "{{c2.Id}}", "date": "2026-03-02", "onSite": true }"""));
        Assert.Equal(HttpStatusCode.NotFound, attendance.StatusCode);
    }

    [Fact]
    public async Task Attendance_IsRecordedOncePerDay_AndCountsOnTheAssignment()
    {
        var c2 = await StaffedC2Async(fixture);
        var body = ContractApiClient.Json($$"""{ "contract": "{{c2.Id}}", "date": "2026-03-02", "onSite": true }""");

        Assert.Equal(HttpStatusCode.Created, (await c2.As("institution-staff").PostAsync($"/api/engineers/{Han(c2)}/attendance", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c2.As("vendor").PostAsync($"/api/engineers/{Han(c2)}/attendance",
            ContractApiClient.Json($$"""{ "contract": "{{c2.Id}}", "date": "2026-03-02", "onSite": true }"""))).StatusCode);
        var assignment = (await c2.GetAsync("staffing", "2026-03-03")).GetProperty("assignments")[0];
        Assert.Equal(1, assignment.GetProperty("onsiteDays").GetInt32());
    }

    /// <summary>Issue 17 (13): engineer ids are unique across the platform, so no vendor's engineer can stand in for another's.</summary>
    [Fact]
    public async Task AnotherVendorsEngineerId_Is409RevealingNothing_AndEveryReaderStillGetsTheFirstEngineer()
    {
        var c2 = await StaffedC2Async(fixture);
        // At the same institution, under a vendor id that sorts first: before the fix its engineer was the one the institution got.
        var rival = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution: c2.Institution, vendor: $"aaa-{Guid.NewGuid():N}"[..24]);
        var rivalVendor = rival.As("vendor");

        var response = await rivalVendor.PostAsync("/api/engineers", ContractApiClient.Json($$"""{ "id": "{{Han(c2)}}", "name": "冒名者", "years": 1 }"""));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("urn:vendorgrid:problem:engineer-id-taken", JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
        Assert.DoesNotContain(c2.Vendor, body);
        Assert.DoesNotContain("韩昭东", body);
        Assert.Empty((await rivalVendor.GetFromJsonAsync<JsonElement[]>("/api/engineers"))!);
        var assigned = await rivalVendor.PostAsync($"/api/contracts/{rival.Id}/assignments",
            ContractApiClient.Json($$"""{ "engineer": "{{Han(c2)}}", "role": "ops-engineer", "campus": "本部", "from": "2026-02-05T09:00:00+08:00" }"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, assigned.StatusCode);

        foreach (var reader in new[] { c2.As("institution-staff"), c2.As("institution-admin"), fixture.Client(Tokens.For(fixture, "platform-admin")), c2.As("vendor") })
        {
            var han = await reader.GetFromJsonAsync<JsonElement>($"/api/engineers/{Han(c2)}");
            Assert.Equal((c2.Vendor, "韩昭东", 8), (han.GetProperty("vendor").GetProperty("id").GetString(), han.GetProperty("name").GetString(), han.GetProperty("years").GetInt32()));
        }
    }

    [Fact]
    public async Task TwoVendorsRacingForOneNewEngineerId_OneGets201_TheOther409()
    {
        var (a, b) = (await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026"), await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026"));
        var id = $"race-{a.Id}";

        var statuses = await Task.WhenAll(new[] { a, b }.Select(async c =>
            (await c.As("vendor").PostAsync("/api/engineers", ContractApiClient.Json($$"""{ "id": "{{id}}", "name": "竞争者" }"""))).StatusCode));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], statuses.Order());
    }

    [Fact]
    public async Task VendorMe_ShowsItsProfileAndExposure_OnlyItsOwnContracts()
    {
        var c2 = await StaffedC2Async(fixture);
        await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution: c2.Institution);

        var me = await c2.As("vendor").GetFromJsonAsync<JsonElement>("/api/vendors/me?asOf=2026-03-20");
        var exposure = me.GetProperty("exposure");
        var contract = Assert.Single(exposure.GetProperty("contracts").EnumerateArray());
        Assert.Equal(c2.Id, contract.GetProperty("contractId").GetString());
        var advance = exposure.GetProperty("nextPayments").EnumerateArray().First();
        Assert.Equal(("c2-pay-advance", 737_500.00m), (advance.GetProperty("paymentId").GetString(), advance.GetProperty("gross").GetDecimal()));
        Assert.Equal(HttpStatusCode.Forbidden, (await c2.Admin.GetAsync("/api/vendors/me")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>Who sees which engineer: the employer all of its staff, an institution only those on its contracts, without personal fields.</summary>
[Collection(GatewayCollection.Name)]
public sealed class EngineerAccessTests(GatewayFixture fixture)
{
    private const string Han = """
        { "id": "han-zhaodong", "name": "韩昭东", "education": "本科", "years": 8, "idNumber": "110101198001010011", "phone": "010-88511155",
          "backgroundCheck": "filed", "certificates": [ { "name": "ITSS 项目经理", "number": "ITSS-2024-001", "issuedOn": "2024-01-01", "expiresOn": "2027-12-31" } ] }
        """;

    private static async Task<ContractApiClient> StaffedC2Async(GatewayFixture fixture)
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostAsync("/api/engineers", ContractApiClient.Json(Han))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostAsync("/api/engineers", ContractApiClient.Json("""{ "id": "bench-only", "name": "未派驻" }"""))).StatusCode);
        var assigned = await vendor.PostAsync($"/api/contracts/{c2.Id}/assignments",
            ContractApiClient.Json("""{ "engineer": "han-zhaodong", "role": "ops-engineer", "campus": "本部", "from": "2026-02-05T09:00:00+08:00" }"""));
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        return c2;
    }

    [Fact]
    public async Task Vendor_ReadsItsEngineerWithPersonalFields_AndTheSameBodyAgainIs200()
    {
        var c2 = await StaffedC2Async(fixture);
        var vendor = c2.As("vendor");

        var han = await vendor.GetFromJsonAsync<JsonElement>("/api/engineers/han-zhaodong");
        Assert.Equal(("110101198001010011", "filed", "ops-engineer"), (han.GetProperty("idNumber").GetString(), han.GetProperty("backgroundCheck").GetString(),
            han.GetProperty("assignments")[0].GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await vendor.PostAsync("/api/engineers", ContractApiClient.Json(Han))).StatusCode);
        Assert.Equal(["bench-only", "han-zhaodong"], (await vendor.GetFromJsonAsync<JsonElement[]>("/api/engineers"))!.Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Institution_SeesTheAssignedEngineerWithoutIdNumber_NotTheVendorsOtherStaff()
    {
        var c2 = await StaffedC2Async(fixture);
        var staff = c2.As("institution-staff");

        var han = await staff.GetFromJsonAsync<JsonElement>("/api/engineers/han-zhaodong");
        Assert.Equal(JsonValueKind.Null, han.GetProperty("idNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, han.GetProperty("phone").ValueKind);
        Assert.Equal("ITSS 项目经理", han.GetProperty("certificates")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/engineers/bench-only")).StatusCode);
        Assert.Equal(["han-zhaodong"], (await staff.GetFromJsonAsync<JsonElement[]>("/api/engineers"))!.Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task VendorCannotReadAnotherVendorsEngineer_ItIsA404LikeAMissingOne()
    {
        var c2 = await StaffedC2Async(fixture);
        var otherVendor = (await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026", institution: c2.Institution)).As("vendor");
        var otherInstitution = (await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026")).As("institution-admin");

        foreach (var caller in new[] { otherVendor, otherInstitution })
        {
            var response = await caller.GetAsync("/api/engineers/han-zhaodong");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("urn:vendorgrid:problem:engineer-not-found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }
        var attendance = await otherVendor.PostAsync("/api/engineers/han-zhaodong/attendance",
            ContractApiClient.Json($$"""{ "contract": "{{c2.Id}}", "date": "2026-03-02", "onSite": true }"""));
        Assert.Equal(HttpStatusCode.NotFound, attendance.StatusCode);
    }

    [Fact]
    public async Task Attendance_IsRecordedOncePerDay_AndCountsOnTheAssignment()
    {
        var c2 = await StaffedC2Async(fixture);
        var body = ContractApiClient.Json($$"""{ "contract": "{{c2.Id}}", "date": "2026-03-02", "onSite": true }""");

        Assert.Equal(HttpStatusCode.Created, (await c2.As("institution-staff").PostAsync("/api/engineers/han-zhaodong/attendance", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c2.As("vendor").PostAsync("/api/engineers/han-zhaodong/attendance",
            ContractApiClient.Json($$"""{ "contract": "{{c2.Id}}", "date": "2026-03-02", "onSite": true }"""))).StatusCode);
        var assignment = (await c2.GetAsync("staffing", "2026-03-03")).GetProperty("assignments")[0];
        Assert.Equal(1, assignment.GetProperty("onsiteDays").GetInt32());
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

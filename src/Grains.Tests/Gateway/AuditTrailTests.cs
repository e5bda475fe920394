using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace VendorGrid.Tests.Gateway;

/// <summary>One audit row per state change, none for reads; each admin reads only their own tenant's rows.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AuditTrailTests(GatewayFixture fixture)
{
    private static async Task<JsonElement[]> AuditAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/audit?limit=200"))!;

    [Fact]
    public async Task AStateChange_WritesOneRow_AReadWritesNone_AndOnlyItsTenantsAdminsSeeIt()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var factId = $"audit-{Guid.NewGuid():N}";
        var recorded = await contract.PostEventAsync($$"""{ "id": "{{factId}}", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }""");
        await contract.Admin.GetAsync($"/api/contracts/{contract.Id}/ledger");

        var rows = await AuditAsync(contract.Admin);
        var elsewhere = await AuditAsync(fixture.Client(Tokens.For(fixture, "institution-admin", institution: "bj-health-data-center")));
        var platform = await AuditAsync(fixture.Client(Tokens.For(fixture, "platform-admin")));
        var staff = await fixture.Client(Tokens.For(fixture, "institution-staff", institution: contract.Institution)).GetAsync("/api/audit");

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        // The institution's rows: creating the contract, then recording the fact. The ledger read left no row.
        Assert.Equal(
            [("POST", "/api/contracts/{id}/events", contract.Id, 201), ("POST", "/api/contracts/", (string?)null, 201)],
            rows.Select(r => (r.GetProperty("method").GetString(), r.GetProperty("route").GetString(), r.GetProperty("resourceId").GetString(), r.GetProperty("status").GetInt32())));
        Assert.All(rows, r => Assert.Equal(contract.Institution, r.GetProperty("tenant").GetString()));
        Assert.DoesNotContain(elsewhere, r => r.GetProperty("tenant").GetString() == contract.Institution);
        Assert.Contains(platform, r => r.GetProperty("id").GetInt64() == rows[0].GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }

    [Fact]
    public async Task ConcurrentChanges_EachWriteTheirOwnRow_BeforeTheirResponsesComplete()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        const int n = 24;
        var ids = Enumerable.Range(0, n).Select(i => $"audit-many-{i:D2}").ToArray();
        // 24 in flight: the rows of concurrent requests share inserts, and each request still waits for its own row.
        var responses = await Task.WhenAll(ids.Select((id, i) => contract.PostEventAsync(
            $$"""{ "id": "{{id}}", "type": "payment-reminder-sent", "occurredAt": "2026-03-{{(i % 28) + 1:D2}}T10:00:00+08:00", "paymentId": "c2-pay-advance" }""")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var rows = (await AuditAsync(contract.Admin)).Where(r => r.GetProperty("route").GetString() == "/api/contracts/{id}/events").ToList();
        Assert.Equal(n, rows.Count);
        Assert.All(rows, r => Assert.Equal((contract.Id, 201, contract.Institution),
            (r.GetProperty("resourceId").GetString(), r.GetProperty("status").GetInt32(), r.GetProperty("tenant").GetString())));
        Assert.Equal(n, rows.Select(r => r.GetProperty("requestId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task AVendorsChangeToAHospitalsContract_IsInTheHospitalsAuditTrail()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var recorded = await contract.PostEventAsync(
            """{ "id": "vendor-live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""", contract.As("vendor"));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var row = Assert.Single(await AuditAsync(contract.Admin), r => r.GetProperty("role").GetString() == "vendor");
        Assert.Equal((contract.Vendor, "/api/contracts/{id}/events", contract.Id),
            (row.GetProperty("tenant").GetString(), row.GetProperty("route").GetString(), row.GetProperty("resourceId").GetString()));
        var elsewhere = await AuditAsync(fixture.Client(Tokens.For(fixture, "institution-admin", institution: "bj-health-data-center")));
        Assert.DoesNotContain(elsewhere, r => r.GetProperty("id").GetInt64() == row.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task ARefusedChange_IsAuditedWithItsOutcome()
    {
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var staff = fixture.Client(Tokens.For(fixture, "institution-staff", institution: contract.Institution));

        var refused = await staff.PostAsync($"/api/contracts/{contract.Id}/ledger/e1/confirm", ContractApiClient.Json("{}"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var row = (await AuditAsync(contract.Admin))[0];
        Assert.Equal(("institution-staff", "/api/contracts/{id}/ledger/{entryId}/confirm", $"{contract.Id}/e1", 403),
            (row.GetProperty("role").GetString(), row.GetProperty("route").GetString(), row.GetProperty("resourceId").GetString(), row.GetProperty("status").GetInt32()));
    }

    [Theory]
    [InlineData("UPDATE vg.audit_log SET status = 200")]
    [InlineData("DELETE FROM vg.audit_log")]
    [InlineData("TRUNCATE vg.audit_log")]
    public async Task TheAuditLog_IsAppendOnly(string sql)
    {
        await fixture.Client(Tokens.For(fixture, "platform-admin")).PostAsJsonAsync("/api/vendors", new { id = "audit-append-only", name = "x" });
        // As the owner: the gateway's own role may not even try (LeastPrivilegeTests); the trigger stops everyone else.
        await using var owner = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        await using var command = owner.CreateCommand(sql);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", refused.MessageText);
    }
}

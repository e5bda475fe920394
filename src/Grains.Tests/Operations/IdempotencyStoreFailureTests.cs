using System.Net;
using System.Text.Json;
using Npgsql;
using VendorGrid.Tests.Gateway;

namespace VendorGrid.Tests.Operations;

/// <summary>
/// Issue 19 (9): the Idempotency-Key is stored before the response is sent, so a database that fails at that very
/// moment (stopped, restarted) leaves the client with a complete answer instead of a cut-off one.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyStoreFailureTests(GatewayFixture fixture)
{
    private const string FailingKeyPrefix = "store-fails-";

    [Fact]
    public async Task WhenTheKeyCannotBeStored_TheClientStillGetsTheWholeAnswer_AndTheSameKeyAgainIsSafe()
    {
        await FailInsertsOfKeysStartingWithAsync(FailingKeyPrefix);
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var factId = $"f-{Guid.NewGuid():N}";
        var body = $$"""{ "id": "{{factId}}", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }""";
        HttpRequestMessage Post() => new(HttpMethod.Post, $"/api/contracts/{contract.Id}/events")
        {
            Content = ContractApiClient.Json(body), Headers = { { "Idempotency-Key", FailingKeyPrefix + factId } },
        };

        var first = await contract.Admin.SendAsync(Post());
        var again = await contract.Admin.SendAsync(Post());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(factId, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
        // Not stored, so not replayed: the handler runs again, and the fact, recorded once by its id, is answered as such.
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(factId, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
    }

    /// <summary>A trigger that makes the key's INSERT fail like a database going away would, for these test keys only.</summary>
    private async Task FailInsertsOfKeysStartingWithAsync(string prefix)
    {
        await using var database = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        await using var command = database.CreateCommand($$"""
            CREATE OR REPLACE FUNCTION vg_test_fail_key_store() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.key LIKE '{{prefix}}%' THEN RAISE EXCEPTION 'database unavailable (test)'; END IF;
              RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS vg_test_fail_key_store ON vg.idempotency_keys;
            CREATE TRIGGER vg_test_fail_key_store BEFORE INSERT ON vg.idempotency_keys
              FOR EACH ROW EXECUTE FUNCTION vg_test_fail_key_store();
            """);
        await command.ExecuteNonQueryAsync();
    }
}

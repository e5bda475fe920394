using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VendorGrid.Silo.Notifications;

namespace VendorGrid.Tests.Gateway.Platform;

/// <summary>
/// Issue 17, item 2, at the gateway: at most ten active webhooks per party, and the confirmation page behind the link
/// an unverified address is sent (GET shows a button, so a link scanner confirms nothing; the POST confirms once).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class NoSpamRelayApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task AParty_HasAtMostTenActiveWebhooks_TheEleventhIs422NamingTheBound()
    {
        var vendor = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));
        var added = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            var response = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = $"http://8.8.8.8/hook-{i}" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            added.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        }

        var eleventh = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "http://8.8.8.8/hook-10" });
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.DeleteAsync($"/api/notifications/webhooks/{added[0]}")).StatusCode);
        var afterRemovingOne = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "http://8.8.8.8/hook-10" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, eleventh.StatusCode);
        Assert.Equal("application/problem+json", eleventh.Content.Headers.ContentType?.MediaType);
        Assert.Equal("at most 10 active webhooks per institution or vendor; remove one first",
            (await eleventh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("url")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, afterRemovingOne.StatusCode);
    }

    [Fact]
    public async Task TheConfirmationLink_ShowsAButtonOnGet_AndConfirmsOnceOnPost()
    {
        var token = $"token-{Guid.NewGuid():N}";
        var address = $"contact-{Guid.NewGuid():N}@example.com";
        await using var database = NpgsqlDataSource.Create(fixture.Cluster.Database.ConnectionString);
        await using (var insert = database.CreateCommand("INSERT INTO vg.email_addresses (address, token_hash, requested_at, last_sent_at) VALUES ($1, $2, $3, $3)"))
        {
            insert.Parameters.AddWithValue(address);
            insert.Parameters.AddWithValue(EmailVerification.Hash(token));
            insert.Parameters.AddWithValue(DateTime.SpecifyKind(new DateTime(2026, 12, 1), DateTimeKind.Utc));
            await insert.ExecuteNonQueryAsync();
        }
        async Task<bool> VerifiedAsync()
        {
            await using var command = database.CreateCommand("SELECT verified_at IS NOT NULL FROM vg.email_addresses WHERE address = $1");
            command.Parameters.AddWithValue(address);
            return (bool)(await command.ExecuteScalarAsync())!;
        }
        // The gateway's clock five days after the link was sent: inside its seven days whatever day the test runs.
        await using var app = fixture.OnClock(new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.FromHours(8))));
        var client = app.CreateClient();
        FormUrlEncodedContent Form() => new([KeyValuePair.Create("token", token)]);

        var page = await client.GetAsync($"/verify-email?token={token}");
        var afterGet = await VerifiedAsync();
        var confirmed = await client.PostAsync("/verify-email", Form());
        var again = await client.PostAsync("/verify-email", Form());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"""<input type="hidden" name="token" value="{token}">""", await page.Content.ReadAsStringAsync());
        Assert.False(afterGet);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains(address, await confirmed.Content.ReadAsStringAsync());
        Assert.True(await VerifiedAsync());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }
}

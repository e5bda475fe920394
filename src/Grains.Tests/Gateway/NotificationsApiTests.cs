using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using VendorGrid.Silo.Jobs;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 5, in-portal inbox: each party sees the reminders of its own obligations, from its token.</summary>
[Collection(GatewayCollection.Name)]
public sealed class NotificationsApiTests(GatewayFixture fixture)
{
    private async Task SweepAsync(DateTimeOffset now)
    {
        await using var database = fixture.Cluster.Database.CreateDataSource();
        await new DeadlineSweepJob(database, fixture.Cluster.Grains, fixture.Clock, NullLogger<DeadlineSweepJob>.Instance)
            .SweepAsync(now, DeadlineSweepJob.DefaultBatchSize);
    }

    private static async Task<JsonElement[]> InboxAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/notifications{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    [Fact]
    public async Task VendorAndInstitution_EachSeeTheirOwnReminders_AndMarkThemRead()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        await SweepAsync(fixture.Clock.GetUtcNow().AddDays(1));
        var (vendor, institution) = (c2.As("vendor"), c2.As("institution-staff"));
        var stranger = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));

        var vendorInbox = await InboxAsync(vendor, "?limit=500");
        var institutionInbox = await InboxAsync(institution, "?limit=500");

        Assert.NotEmpty(vendorInbox);
        Assert.InRange(vendorInbox.Length, 1, 499);
        Assert.All(vendorInbox, n => Assert.EndsWith(c2.Id, n.GetProperty("contractKey").GetString()!, StringComparison.Ordinal));
        Assert.Empty(vendorInbox.Select(n => n.GetProperty("id").GetInt64()).Intersect(institutionInbox.Select(n => n.GetProperty("id").GetInt64())));
        Assert.Empty(await InboxAsync(stranger));

        var first = vendorInbox[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);

        var unread = await InboxAsync(vendor, "?unread=true&limit=500");
        Assert.Equal(vendorInbox.Length - 1, unread.Length);
        Assert.DoesNotContain(unread, n => n.GetProperty("id").GetInt64() == first);
    }

    [Fact]
    public async Task APlatformAdmin_HasNoInbox() =>
        Assert.Equal(HttpStatusCode.Forbidden,
            (await fixture.Client(Tokens.For(fixture, "platform-admin")).GetAsync("/api/notifications")).StatusCode);

    [Fact]
    public async Task ASecretCalendarUrl_ShowsTheVendorsOpenDeadlines_UntilRevoked()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");
        var anonymous = fixture.Client();

        var created = await vendor.PostAsync("/api/notifications/feeds", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var feed = await anonymous.GetAsync(url);
        var ics = await feed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{c2.Institution}/{c2.Id}/", ics, StringComparison.Ordinal);
        Assert.Matches(@"DTSTART:\d{8}T\d{6}Z", ics);

        var token = url["/api/notifications/feeds/".Length..^".ics".Length];
        var stranger = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/notifications/feeds/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.DeleteAsync($"/api/notifications/feeds/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }
}

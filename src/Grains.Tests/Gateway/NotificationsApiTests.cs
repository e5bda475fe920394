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

    private static Task<JsonElement[]> InboxAsync(HttpClient client, string query = "") => PagedLists.AllAsync(client, $"/api/notifications{query}");

    [Fact]
    public async Task VendorAndInstitution_EachSeeTheirOwnReminders_AndMarkThemRead()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        await SweepAsync(fixture.Clock.GetUtcNow().AddDays(1));
        var (vendor, institution) = (c2.As("vendor"), c2.As("institution-staff"));
        var stranger = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));

        var vendorInbox = await InboxAsync(vendor, "");
        var institutionInbox = await InboxAsync(institution, "");

        Assert.NotEmpty(vendorInbox);
                Assert.All(vendorInbox, n => Assert.EndsWith(c2.Id, n.GetProperty("contractKey").GetString()!, StringComparison.Ordinal));
        Assert.Empty(vendorInbox.Select(n => n.GetProperty("id").GetInt64()).Intersect(institutionInbox.Select(n => n.GetProperty("id").GetInt64())));
        Assert.Empty(await InboxAsync(stranger));

        var first = vendorInbox[0].GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);

        var unread = await InboxAsync(vendor, "?unread=true");
        Assert.Equal(vendorInbox.Length - 1, unread.Length);
        Assert.DoesNotContain(unread, n => n.GetProperty("id").GetInt64() == first);
    }

    [Fact]
    public async Task ReadStateIsPerUser_OneColleagueReading_LeavesItUnreadForTheOther()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        // A reminder to the institution, as the sweep writes it (the sweep itself is tested above and in Notifications/).
        await fixture.Cluster.Database.ScalarAsync<long>($"""
            INSERT INTO vg.notifications (operation_key, contract_key, obligation_id, point, recipient, channel, title, body, due_at, created_at, delivery)
            VALUES ('{c2.Institution}/{c2.Id}:c2-acceptance-review:due:institution:{c2.Institution}:inbox', '{c2.Institution}/{c2.Id}', 'c2-acceptance-review',
                    'due', 'institution:{c2.Institution}', 'inbox', '验收报告待审核', '请审核', now(), now(), 'delivered')
            RETURNING id
            """);
        var wang = fixture.Client(Tokens.For(fixture, "institution-staff", institution: c2.Institution, name: "王芳"));
        var li = fixture.Client(Tokens.For(fixture, "institution-admin", institution: c2.Institution, name: "李强"));
        var otherInstitution = fixture.Client(Tokens.For(fixture, "institution-admin", institution: (await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026")).Institution, name: "王芳"));
        var inbox = await InboxAsync(wang, "?unread=true");
        Assert.NotEmpty(inbox);
        var read = inbox[0].GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await otherInstitution.PostAsync($"/api/notifications/{read}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await wang.PostAsync($"/api/notifications/{read}/read", null)).StatusCode);

        Assert.DoesNotContain(await InboxAsync(wang, "?unread=true"), n => n.GetProperty("id").GetInt64() == read);
        Assert.NotEqual(JsonValueKind.Null, (await InboxAsync(wang)).Single(n => n.GetProperty("id").GetInt64() == read).GetProperty("readAt").ValueKind);
        var hers = (await InboxAsync(li, "?unread=true")).Single(n => n.GetProperty("id").GetInt64() == read);
        Assert.Equal(JsonValueKind.Null, hers.GetProperty("readAt").ValueKind);
        Assert.Equal(1L, await fixture.Cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM vg.notifications WHERE id = {read}"));
    }

    [Fact]
    public async Task TheInbox_IsPagedNewestFirst_ThroughTheLinkHeader()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        await SweepAsync(fixture.Clock.GetUtcNow().AddDays(1));
        var vendor = c2.As("vendor");

        var whole = await InboxAsync(vendor, "?limit=200");
        var paged = await InboxAsync(vendor, "?limit=1");

        Assert.True(whole.Length >= 2, "the sweep should have left at least two reminders");
        Assert.Equal(whole.Select(n => n.GetProperty("id").GetInt64()), paged.Select(n => n.GetProperty("id").GetInt64()));
        Assert.Equal(whole.Select(n => n.GetProperty("id").GetInt64()).OrderDescending(), whole.Select(n => n.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await vendor.GetAsync("/api/notifications?unread=maybe")).StatusCode);
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

    [Fact]
    public async Task AVendor_ManagesItsWebhooks_AndNeverSeesTheSecretAgain()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");

        var added = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "https://hooks.example/vg", format = "generic", secret = "s3cret" });
        var bad = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "ftp://x", format = "generic" });
        var staff = await c2.As("institution-staff").GetAsync("/api/notifications/webhooks");
        var listed = await vendor.GetFromJsonAsync<JsonElement>("/api/notifications/webhooks");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
        var hook = Assert.Single(listed.EnumerateArray());
        Assert.True(hook.GetProperty("signed").GetBoolean());
        Assert.DoesNotContain("s3cret", listed.GetRawText(), StringComparison.Ordinal);
        var id = hook.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await vendor.DeleteAsync($"/api/notifications/webhooks/{id}")).StatusCode);
        Assert.Empty((await vendor.GetFromJsonAsync<JsonElement>("/api/notifications/webhooks")).EnumerateArray());
    }

    [Fact]
    public async Task AnInstitutionAdmin_SetsAWorkingDayReminderPolicy_ThatItsStaffCanRead()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var policy = new { before = new[] { new { amount = 3, unit = "working-days" } }, atDue = true, dailyWhileLate = false };

        var defaults = await c2.As("institution-staff").GetFromJsonAsync<JsonElement>("/api/notifications/policy");
        var refused = await c2.As("institution-staff").PutAsJsonAsync("/api/notifications/policy", policy);
        var set = await c2.Admin.PutAsJsonAsync("/api/notifications/policy", policy);
        var read = await c2.As("institution-staff").GetFromJsonAsync<JsonElement>("/api/notifications/policy");

        Assert.Equal([30, 7, 1], defaults.GetProperty("before").EnumerateArray().Select(b => b.GetProperty("amount").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var only = Assert.Single(read.GetProperty("before").EnumerateArray());
        Assert.Equal("working-days", only.GetProperty("unit").GetString());
        Assert.False(read.GetProperty("dailyWhileLate").GetBoolean());
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("http://localhost:9/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://10.0.0.8/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://192.168.0.1/hook")]
    [InlineData("http://224.0.0.1/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("file:///etc/passwd")]
    public async Task AWebhookToAnInternalAddress_Is422OnUrl_AndNothingIsStored(string url)
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var vendor = c2.As("vendor");

        var refused = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url, format = "generic" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _), problem.GetRawText());
        Assert.Empty((await vendor.GetFromJsonAsync<JsonElement>("/api/notifications/webhooks")).EnumerateArray());
    }

    [Fact]
    public async Task WithTheLoopbackAllowance_ALoopbackWebhookIsAccepted_ButAPrivateOneStillIsNot()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var gateway = fixture.Variant(new() { ["VG_WEBHOOK_ALLOW_LOOPBACK"] = "true" });
        var vendor = gateway(Tokens.For(fixture, "vendor", vendor: c2.Vendor));

        var loopback = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "http://127.0.0.1:9/hook", format = "generic" });
        var named = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "http://localhost:9/hook", format = "wecom" });
        var internalOne = await vendor.PostAsJsonAsync("/api/notifications/webhooks", new { url = "http://172.20.0.5/hook", format = "generic" });

        Assert.Equal(HttpStatusCode.Created, loopback.StatusCode);
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, internalOne.StatusCode);
    }
}

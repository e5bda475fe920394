using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using VendorGrid.Silo.Jobs;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 5, job administration: platform admins run a recurring job now and replay parked deliveries.</summary>
[Collection(GatewayCollection.Name)]
public sealed class JobsApiTests(GatewayFixture fixture)
{
    private HttpClient Platform => fixture.Client(Tokens.For(fixture, "platform-admin"));

    [Fact]
    public async Task APlatformAdmin_TriggersTheDeadlineSweep_WhichHangfireQueuesNow()
    {
        var silo = ((InProcessSiloHandle)fixture.Cluster.Cluster.Silos[0]).SiloHost.Services;
        // Hangfire keeps one log provider per process, set by whichever host configured Hangfire last: in this test
        // process often a gateway another test has already disposed, whose logger factory then throws when the silo
        // builds its recurring job manager. Point it at the silo's (a deployed process has only its own).
        Hangfire.GlobalConfiguration.Configuration.UseLogProvider(
            new Hangfire.AspNetCore.AspNetCoreLogProvider(silo.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        await new RecurringJobRegistrar(silo.GetRequiredService<IRecurringJobManager>(), silo.GetRequiredService<IConfiguration>())
            .StartAsync(CancellationToken.None);

        var response = await Platform.PostAsync($"/api/admin/jobs/{DeadlineSweepJob.RecurringId}/trigger", null);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.True(await fixture.Cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%DeadlineSweepJob%'") >= 1);
    }

    [Fact]
    public async Task AnUnknownJob_IsNotFound_AndOnlyPlatformAdminsMayTrigger()
    {
        var staff = fixture.Client(Tokens.For(fixture, "institution-admin", institution: $"inst-{Guid.NewGuid():N}"[..24]));

        Assert.Equal(HttpStatusCode.NotFound, (await Platform.PostAsync("/api/admin/jobs/no-such-job/trigger", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/admin/jobs/{DeadlineSweepJob.RecurringId}/trigger", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/admin/deliveries/failed")).StatusCode);
    }

    [Fact]
    public async Task AParkedDelivery_IsListed_AndReplayedOnce()
    {
        var key = $"inst-x/c-{Guid.NewGuid():N}:go-live:due:bad@:email";
        var id = await fixture.Cluster.Database.ScalarAsync<long>($"""
            INSERT INTO vg.notifications (operation_key, contract_key, obligation_id, point, recipient, channel, address, title, body,
                                          due_at, created_at, delivery, attempts, last_error)
            VALUES ('{key}', 'inst-x/c', 'go-live', 'due', 'vendor:v', 'email', 'bad@', 't', 'b', now(), now(), 'failed', 6, 'invalid address')
            RETURNING id
            """);

        var failed = await PagedLists.AllAsArrayAsync(Platform, "/api/admin/deliveries/failed?limit=200");
        var replay = await Platform.PostAsync($"/api/admin/deliveries/{id}/replay", null);
        var again = await Platform.PostAsync($"/api/admin/deliveries/{id}/replay", null);

        Assert.Contains(failed.EnumerateArray(), d => d.GetProperty("operationKey").GetString() == key && d.GetProperty("attempts").GetInt32() == 6);
        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("pending", await fixture.Cluster.Database.ScalarAsync<string>($"SELECT delivery FROM vg.notifications WHERE id = {id}"));
    }
}

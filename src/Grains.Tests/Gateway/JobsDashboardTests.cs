using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using VendorGrid.Grains.Jobs;
using VendorGrid.Silo.Jobs;

namespace VendorGrid.Tests.Gateway;

/// <summary>Issue 5: the Hangfire dashboard at /admin/jobs opens for platform admins only, through the gateway's own authentication.</summary>
[Collection(GatewayCollection.Name)]
public sealed class JobsDashboardTests(GatewayFixture fixture)
{
    private async Task RegisterRecurringJobsAsync()
    {
        var silo = ((InProcessSiloHandle)fixture.Cluster.Cluster.Silos[0]).SiloHost.Services;
        await new RecurringJobRegistrar(silo.GetRequiredService<IRecurringJobManager>(), silo.GetRequiredService<IConfiguration>())
            .StartAsync(CancellationToken.None);
    }

    private HttpClient InstitutionAdmin => fixture.Client(Tokens.For(fixture, "institution-admin", institution: $"inst-{Guid.NewGuid():N}"[..24]));

    [Fact]
    public async Task AnAnonymousCaller_Gets401_AndNoDashboard()
    {
        await RegisterRecurringJobsAsync();
        foreach (var path in new[] { "/admin/jobs", "/admin/jobs/recurring", "/admin/jobs/stats" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AnInstitutionAdminOrAVendor_Gets403()
    {
        await RegisterRecurringJobsAsync();
        var vendor = fixture.Client(Tokens.For(fixture, "vendor", vendor: $"vend-{Guid.NewGuid():N}"[..24]));
        Assert.Equal(HttpStatusCode.Forbidden, (await InstitutionAdmin.GetAsync("/admin/jobs/recurring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vendor.GetAsync("/admin/jobs")).StatusCode);
    }

    [Fact]
    public async Task APlatformAdmin_SeesTheRecurringJobs_ByStableId_InShanghaiTime()
    {
        await RegisterRecurringJobsAsync();
        var response = await fixture.Client(Tokens.For(fixture, "platform-admin")).GetAsync("/admin/jobs/recurring");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in RecurringJobRegistrar.Ids)
            Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.Contains("Asia/Shanghai", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDashboardsOwnPosts_TriggerAndDelete_RequireAPlatformAdmin()
    {
        // A recurring job of this test's own that never comes due: the silo's scheduler never touches it, so nothing
        // races the dashboard's trigger and every job counted below was queued by that trigger.
        var recurringId = $"dashboard-test-{Guid.NewGuid():N}";
        var silo = ((InProcessSiloHandle)fixture.Cluster.Cluster.Silos[0]).SiloHost.Services;
        silo.GetRequiredService<IRecurringJobManager>().AddOrUpdate<IHeartbeatJob>(recurringId, job => job.BeatAsync(), Cron.Never());
        FormUrlEncodedContent Jobs() => new([new("jobs[]", recurringId)]);
        Task<long> QueuedAsync() => fixture.Cluster.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM hangfire.jobparameter WHERE name = 'RecurringJobId' AND value = '\"{recurringId}\"'");

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().PostAsync("/admin/jobs/recurring/trigger", Jobs())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await InstitutionAdmin.PostAsync("/admin/jobs/recurring/trigger", Jobs())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await InstitutionAdmin.PostAsync("/admin/jobs/recurring/remove", Jobs())).StatusCode);
        Assert.Equal(0, await QueuedAsync());

        // A platform admin's POST goes through, with the antiforgery token the dashboard's own page carries.
        var admin = fixture.Client(Tokens.For(fixture, "platform-admin"));
        // Hangfire keeps one log provider per process, set by whichever host configured it last: in this test process
        // often a gateway another test has disposed, whose logger factory throws when the dashboard builds its
        // recurring job manager (a 500 in the full run only). Point it at this gateway's (a deployed process has one).
        GlobalConfiguration.Configuration.UseLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(
            fixture.Factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        var page = await admin.GetStringAsync("/admin/jobs/recurring");
        var header = Regex.Match(page, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        using var trigger = new HttpRequestMessage(HttpMethod.Post, "/admin/jobs/recurring/trigger") { Content = Jobs() };
        trigger.Headers.Add(header, token);
        var triggered = await admin.SendAsync(trigger);

        Assert.Equal(HttpStatusCode.NoContent, triggered.StatusCode);
        Assert.Equal(1, await QueuedAsync());
        silo.GetRequiredService<IRecurringJobManager>().RemoveIfExists(recurringId);
    }
}

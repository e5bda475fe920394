using VendorGrid.Domain.Contracts.Ledger;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.TestingHost;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Grains;
using VendorGrid.Grains.Reminders;
using VendorGrid.Silo.Jobs;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

/// <summary>Two silos on their own database, so sweeping every due contract only meets this class's contracts.</summary>
public sealed class SweepCluster : IAsyncLifetime
{
    public VendorGridTestCluster Cluster { get; private set; } = null!;
    public NpgsqlDataSource Database { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Cluster = await VendorGridTestCluster.StartAsync("sweep", silos: 2);
        Database = Cluster.Database.CreateDataSource();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>A sweep job as a silo runs it: the silo's own grain factory, the cluster's clock.</summary>
    public DeadlineSweepJob Job(int silo = 0) => new(Database,
        ((InProcessSiloHandle)Cluster.Cluster.Silos[silo]).SiloHost.Services.GetRequiredService<IGrainFactory>(),
        Cluster.Clock, NullLogger<DeadlineSweepJob>.Instance);
}

/// <summary>
/// Issue 5, exactly once: the deadline index the grains keep, the sweep that reads it, and notifications
/// that cannot be duplicated by a retried sweep, two silos sweeping at once, or a sweep killed half-way.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<SweepCluster>
{
    public const string Name = "sweep";
}

[Collection(SweepCollection.Name)]
public sealed class DeadlineSweepTests(SweepCluster fixture)
{
    private readonly IGrainFactory grains = fixture.Cluster.Grains;

    // Signed 2026-11-01, go-live within 45 calendar days: due at the end of 2026-12-16, Shanghai time.
    // The clock stands at 2026-11-22, past the 30-day point, so the next reminder is 7 days before.
    private static readonly DateTimeOffset Due = new(2026, 12, 16, 23, 59, 59, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset SevenDaysBefore = Due.AddDays(-7);

    private Task<string> CreateContractAsync(params string[] vendorEmails) => CreateContractAsync(_ => { }, vendorEmails);

    private async Task<string> CreateContractAsync(Action<JsonNode> edit, params string[] vendorEmails)
    {
        var (institution, vendor, id) = (NewPartyId("inst"), NewPartyId("vend"), NewContractId());
        var json = JsonNode.Parse(Json(id, institution, vendor, start: "2026-11-01", end: "2027-10-31"))!;
        json["vendor"]!["contacts"] = new JsonArray([.. vendorEmails.Select((e, i) =>
            (JsonNode)new JsonObject { ["role"] = "project-lead", ["name"] = $"联系人{i}", ["email"] = e })]);
        edit(json);
        var created = await grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(json.ToJsonString());
        Assert.True(created.Outcome == ContractCreationOutcome.Created, $"{created.Outcome}: {created.Problem} {string.Join("; ", created.Errors)}");
        return GrainKeys.Contract(institution, id);
    }

    private async Task<List<string>> NotificationKeysAsync(params string[] contractKeys)
    {
        await using var command = fixture.Database.CreateCommand(
            "SELECT operation_key FROM vg.notifications WHERE contract_key = ANY($1) ORDER BY operation_key");
        command.Parameters.AddWithValue(contractKeys);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }

    private async Task<DeadlineRow?> IndexRowAsync(string contractKey) =>
        (await new PostgresDeadlineIndex(fixture.Database).ReadAsync(contractKey)).SingleOrDefault();

    [Fact]
    public async Task CreatingAContract_IndexesItsOpenObligation_WithTheNextReminderPoint()
    {
        var contract = await CreateContractAsync();

        var row = await IndexRowAsync(contract);

        Assert.NotNull(row);
        Assert.Equal(("go-live", "vendor", "open", Due), (row.ObligationId, row.Party, row.Status, row.DueAt));
        Assert.Equal(("7d-before", SevenDaysBefore), (row.NextPoint, row.NextReminderAt));
        Assert.StartsWith("vendor:", row.Recipient, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingTheObligation_RemovesItFromTheIndex()
    {
        var contract = await CreateContractAsync();

        var met = await grains.GetGrain<IContractGrain>(contract).ExecuteAsync(new RecordFacts([new ObligationMet {
            Id = "live", OccurredAt = fixture.Cluster.Clock.GetUtcNow(), ObligationId = "go-live",
        }], new Reporter(ReportingParty.Institution, "admin")));

        Assert.Equal(CommandOutcome.Recorded, met.Outcome);
        Assert.Null(await IndexRowAsync(contract));
    }

    /// <summary>
    /// Issue 15: an incident's facts refresh only its own clocks' rows (<see cref="ObligationsMoved"/>), not the whole index
    /// from a whole evaluation — and those rows are the ones a whole evaluation gives (the sweep rewrites every row from one).
    /// </summary>
    [Fact]
    public async Task AnIncidentsFacts_RefreshOnlyItsClocksRows_AsAWholeEvaluationWould()
    {
        var contract = await CreateContractAsync(json => json["obligations"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "fault-response", "article": "第四条", "title": "故障响应", "summary": "reply within 15 minutes, fix within 4 hours", "kind": "response-clock", "clocks": [
                { "name": "reply", "until": "responded", "within": { "n": 15, "unit": "minutes" } },
                { "name": "fix", "until": "restored", "within": { "n": 4, "unit": "hours" } } ] }
            """)));
        var grain = grains.GetGrain<IContractGrain>(contract);
        var index = new PostgresDeadlineIndex(fixture.Database);
        var institution = new Reporter(ReportingParty.Institution, "admin");
        var now = fixture.Cluster.Clock.GetUtcNow();
        async Task<string[]> RowsAsync() => [.. (await index.ReadAsync(contract)).Select(r => $"{r.ObligationId} {r.Status} {r.DueAt:O} {r.NextPoint}").Order(StringComparer.Ordinal)];

        foreach (var fact in new ContractFact[]
        {
            new IncidentOpened { Id = "i1-opened", OccurredAt = now.AddMinutes(-1), IncidentId = "i1", Severity = "normal" },
            new IncidentOpened { Id = "i2-opened", OccurredAt = now.AddMinutes(-30), IncidentId = "i2", Severity = "normal" },
            new IncidentStepRecorded { Id = "i1-responded", OccurredAt = now, IncidentId = "i1", Name = "responded" },
        })
            Assert.Equal(CommandOutcome.Recorded, (await grain.ExecuteAsync(new RecordFacts([fact], institution))).Outcome);

        var incremental = await RowsAsync();
        Assert.Equal(["fault-response@i1:fix", "fault-response@i2:fix", "fault-response@i2:reply", "go-live"],
            incremental.Select(r => r.Split(' ')[0]));
        Assert.Contains(incremental, r => r.StartsWith("fault-response@i2:reply late", StringComparison.Ordinal));
        await grain.SendDueRemindersAsync(now);
        Assert.Equal(incremental, await RowsAsync());
    }

    [Fact]
    public async Task ASweepAtTheSevenDayPoint_NotifiesTheVendorInboxAndContacts_AndAdvancesToTheNextPoint()
    {
        var contract = await CreateContractAsync("pm@vendor.example", "lead@vendor.example");
        var vendor = (await IndexRowAsync(contract))!.Recipient;

        await fixture.Job().SweepAsync(SevenDaysBefore.AddMinutes(1), batchSize: 10);

        Assert.Equal([
            $"{contract}:go-live:7d-before:lead@vendor.example:email",
            $"{contract}:go-live:7d-before:pm@vendor.example:email",
            $"{contract}:go-live:7d-before:{vendor}:inbox",
        ], await NotificationKeysAsync(contract));
        var row = (await IndexRowAsync(contract))!;
        Assert.Equal(("1d-before", Due.AddDays(-1)), (row.NextPoint, row.NextReminderAt));
    }

    [Fact]
    public async Task APartysWebhooks_EachGetTheReminder_UnderTheirOwnOperationKey()
    {
        var contract = await CreateContractAsync();
        var vendor = (await IndexRowAsync(contract))!.Recipient;
        await using var insert = fixture.Database.CreateCommand(
            "INSERT INTO vg.webhooks (owner, url, format) VALUES ($1, 'http://127.0.0.1:9/a', 'generic'), ($1, 'http://127.0.0.1:9/b', 'wecom') RETURNING id");
        insert.Parameters.AddWithValue(vendor);
        var ids = new List<long>();
        await using (var reader = await insert.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));

        await fixture.Job().SweepAsync(SevenDaysBefore.AddMinutes(1), batchSize: 10);

        Assert.Equal([.. ids.Select(id => $"{contract}:go-live:7d-before:webhook-{id}:webhook").Append($"{contract}:go-live:7d-before:{vendor}:inbox").Order(StringComparer.Ordinal)],
            (await NotificationKeysAsync(contract)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnIndexRowWithoutAContract_IsDroppedBySweeping_NotSweptForever()
    {
        var orphan = $"{NewPartyId("inst")}/{NewContractId()}";
        await new PostgresDeadlineIndex(fixture.Database).ReplaceAsync(orphan,
            [new DeadlineRow("go-live", "i", "v", "vendor", "vendor:v", "t", Due, "open", "7d-before", SevenDaysBefore)]);

        await fixture.Job().SweepAsync(SevenDaysBefore.AddMinutes(1), batchSize: 10);

        Assert.Null(await IndexRowAsync(orphan));
        Assert.Empty(await NotificationKeysAsync(orphan));
    }

    [Fact]
    public async Task AContractThatFails_DoesNotHoldBackTheOthers_AndIsCountedForTheNextSweepToRetry()
    {
        var contracts = (await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CreateContractAsync())))
            .Order(StringComparer.Ordinal).ToArray();
        var broken = contracts[0];
        var silo = ((InProcessSiloHandle)fixture.Cluster.Cluster.Silos[0]).SiloHost.Services.GetRequiredService<IGrainFactory>();
        var job = new DeadlineSweepJob(fixture.Database, FailingFor.Wrap(silo, broken), fixture.Cluster.Clock, NullLogger<DeadlineSweepJob>.Instance);

        var run = await job.SweepAsync(SevenDaysBefore.AddMinutes(1), batchSize: 10);

        Assert.Equal(1, run.Failed);
        Assert.Equal(SevenDaysBefore, (await IndexRowAsync(broken))!.NextReminderAt);
        Assert.Empty(await NotificationKeysAsync(broken));
        Assert.Equal(2, (await NotificationKeysAsync(contracts[1..])).Count);
    }

    /// <summary>A grain factory whose contract grain for one key throws, as a contract with corrupt history would.</summary>
    public class FailingFor : System.Reflection.DispatchProxy
    {
        private IGrainFactory inner = null!;
        private string key = "";

        public static IGrainFactory Wrap(IGrainFactory inner, string key)
        {
            var proxy = Create<IGrainFactory, FailingFor>();
            ((FailingFor)(object)proxy).inner = inner;
            ((FailingFor)(object)proxy).key = key;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(IGrainFactory.GetGrain) && args is [string k, ..] && k == key
                ? Broken.Create()
                : targetMethod.Invoke(inner, args);
    }

    public class Broken : System.Reflection.DispatchProxy
    {
        public static IContractGrain Create() => Create<IContractGrain, Broken>();

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            Task.FromException<int>(new InvalidOperationException("corrupt history"));
    }

    [Fact]
    public async Task BeforeAnyPointIsDue_TheSweepActivatesNothing()
    {
        var contract = await CreateContractAsync();

        await fixture.Job().SweepAsync(SevenDaysBefore.AddMinutes(-1), batchSize: 10);

        Assert.Empty(await NotificationKeysAsync(contract));
        Assert.DoesNotContain(contract, await SweptKeysAsync(SevenDaysBefore.AddMinutes(-1)));
    }

    private async Task<List<string>> SweptKeysAsync(DateTimeOffset now)
    {
        await using var command = fixture.Database.CreateCommand(
            "SELECT DISTINCT contract_key FROM vg.deadline_index WHERE next_reminder_at <= $1");
        command.Parameters.AddWithValue(now.ToUniversalTime());
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }

    [Fact]
    public async Task WhileLate_OneReminderADay_AndARetriedSweepOfTheSameDayAddsNothing()
    {
        var contract = await CreateContractAsync();
        var job = fixture.Job();

        await job.SweepAsync(Due.AddDays(2).AddHours(1), batchSize: 10);
        await job.SweepAsync(Due.AddDays(2).AddHours(2), batchSize: 10);
        var row = (await IndexRowAsync(contract))!;

        Assert.Equal([$"{contract}:go-live:late-2:{row.Recipient}:inbox"], await NotificationKeysAsync(contract));
        Assert.Equal(("late", "late-3", Due.AddDays(3)), (row.Status, row.NextPoint, row.NextReminderAt));
    }

    [Fact]
    public async Task ExactlyOnce_AJobRetriedForTheSameInstant_CreatesNoDuplicate()
    {
        var contracts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CreateContractAsync("pm@vendor.example")));
        var now = SevenDaysBefore.AddMinutes(1);

        await fixture.Job().SweepAsync(now, batchSize: 2);
        var first = await NotificationKeysAsync(contracts);
        // Hangfire's retry runs the same job again; so does a retry after the index was put back by a crash.
        await fixture.Job().SweepAsync(now, batchSize: 2);
        await ResetIndexAsync(contracts);
        await fixture.Job().SweepAsync(now, batchSize: 2);

        Assert.Equal(10, first.Count);
        Assert.Equal(first, await NotificationKeysAsync(contracts));
    }

    [Fact]
    public async Task ExactlyOnce_TwoSilosSweepingAtOnce_CreateEachNotificationOnce()
    {
        var contracts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CreateContractAsync("pm@vendor.example")));
        var now = SevenDaysBefore.AddMinutes(1);

        await Task.WhenAll(fixture.Job(silo: 0).SweepAsync(now, batchSize: 3), fixture.Job(silo: 1).SweepAsync(now, batchSize: 3));

        var keys = await NotificationKeysAsync(contracts);
        Assert.Equal(16, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task ExactlyOnce_ASweepKilledHalfWay_IsCompletedByTheNextWithoutDuplicates()
    {
        var contracts = (await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => CreateContractAsync("pm@vendor.example"))))
            .Order(StringComparer.Ordinal).ToArray();
        var now = SevenDaysBefore.AddMinutes(1);
        var handled = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Job().SweepAsync(now, batchSize: 4, key =>
            contracts.Contains(key) && ++handled > 3 ? throw new InvalidOperationException("silo killed") : Task.CompletedTask));
        var partial = (await NotificationKeysAsync(contracts)).Count;
        // The grain that created its notifications but died before advancing the index: put one row back.
        await ResetIndexAsync(contracts[..1]);
        await fixture.Job().SweepAsync(now, batchSize: 4);

        var keys = await NotificationKeysAsync(contracts);
        Assert.Equal(6, partial);
        Assert.Equal(12, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task TheUniqueOperationKey_AbsorbsConcurrentInsertsOfTheSameNotifications()
    {
        var contract = await CreateContractAsync();
        var store = new PostgresDeadlineIndex(fixture.Database);
        var notifications = Enumerable.Range(0, 20).Select(i => new NewNotification(
            $"{contract}:go-live:p{i}:vendor:x:inbox", "go-live", $"p{i}", "vendor:x", "inbox", null, "t", "b", Due, Due)).ToList();

        var inserted = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.NotifyAsync(contract, notifications)));

        Assert.Equal(20, inserted.Sum());
        Assert.Equal(20, (await NotificationKeysAsync(contract)).Count);
    }

    private async Task ResetIndexAsync(string[] contractKeys)
    {
        await using var command = fixture.Database.CreateCommand(
            "UPDATE vg.deadline_index SET next_point = '7d-before', next_reminder_at = $2 WHERE contract_key = ANY($1)");
        command.Parameters.AddWithValue(contractKeys);
        command.Parameters.AddWithValue(SevenDaysBefore.ToUniversalTime());
        await command.ExecuteNonQueryAsync();
    }
}

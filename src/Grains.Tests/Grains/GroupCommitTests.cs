using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Grains;
using VendorGrid.Grains.Contracts;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Domain.Contracts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Grains.ContractDefinitions;

namespace VendorGrid.Tests.Grains;

/// <summary>
/// Group commit (issue 15, fact writes): commands that arrive while an append is in flight are appended together after it;
/// each caller is answered only once its events are committed, and a failed append fails exactly its group's callers.
/// Real PostgreSQL; failures are injected through <see cref="FaultInjectingContractHistory.BeforeNextAppend"/>.
/// </summary>
public sealed class GroupCommitTests
{
    private static readonly Reporter Hospital = new(ReportingParty.Institution, "admin@hospital");
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A payment reminder (C2 第八条), in force at once; one a minute from 2026-03-02 08:00.</summary>
    private static RecordFacts Reminder(string id, int minute) =>
        new([new PaymentReminderSent { Id = id, OccurredAt = Start.AddMinutes(minute), PaymentId = "c2-pay-advance" }], Hospital);

    [Fact]
    public async Task CommandsQueuedBehindAnAppend_CommitTogether_AndAFailedGroupFailsOnlyItsCallers_AndIsRolledBack()
    {
        await using var database = await TestDatabase.CreateAsync("group_commit");
        await using var source = database.CreateDataSource();
        var history = new FaultInjectingContractHistory(new PostgresContractHistory(source));
        const string key = "121100004006863122/group-commit";
        var calendar = CalendarTestData.NationalCalendar;
        var ids = new ObligationInstanceIds();
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
        var (durable, working) = ContractCommits.Books(ContractFixtures.Seed("c2-chaoyang-his-2026"), []);
        var groups = new List<string[]>();
        var rebuilt = 0;
        var commits = new ContractCommits(key, history, durable, working,
            (book, command) => ContractDecider.Decide(book, command, new DecisionContext(now, calendar, () => ids.Of(book, calendar))),
            events => { lock (groups) groups.Add([.. events.OfType<ContractFact>().Select(f => f.Id)]); return Task.CompletedTask; },
            () => rebuilt++);
        Assert.Equal(DecisionOutcome.Recorded, (await commits.ExecuteAsync(new OpenLedger())).Outcome);
        var opened = commits.Durable.Events.Count;

        var held = new TaskCompletionSource();
        history.BeforeNextAppend(key, _ => held.Task);  // group 1 waits here …
        IReadOnlyList<ContractEvent>? failedAppend = null;
        history.BeforeNextAppend(key, events => { failedAppend = events; throw new InvalidOperationException("injected append failure"); });  // … group 2 fails
        var a = commits.ExecuteAsync(Reminder("a", 0));
        var b = commits.ExecuteAsync(Reminder("b", 1));
        var c = commits.ExecuteAsync(Reminder("c", 2));
        var duplicateOfB = commits.ExecuteAsync(Reminder("b", 1));
        // Nothing is answered, and nothing read, before the append that carries it commits.
        Assert.False(a.IsCompleted || b.IsCompleted || c.IsCompleted);
        Assert.Equal(opened, commits.Durable.Events.Count);
        Assert.True(commits.Working.Contains("a") && !commits.Durable.Contains("a"));
        held.SetResult();

        Assert.Equal(DecisionOutcome.Recorded, (await a).Outcome);
        foreach (var failed in new[] { b, c, duplicateOfB })
            Assert.Equal("injected append failure", (await Assert.ThrowsAsync<InvalidOperationException>(() => failed)).Message);
        // b, c (and b again: decided as the duplicate it was within the group) went to the database as one statement.
        Assert.Equal(["b", "c"], failedAppend!.OfType<ContractFact>().Select(f => f.Id));
        Assert.Equal(1, rebuilt);
        Assert.Equal(commits.Durable.Events.Select(e => e.Id), commits.Working.Events.Select(e => e.Id));
        Assert.False(commits.Working.Contains("b"));

        // Later commands succeed against the rolled-back book: b is new again, not a duplicate.
        var again = await Task.WhenAll(commits.ExecuteAsync(Reminder("b", 1)), commits.ExecuteAsync(Reminder("d", 3)));
        Assert.All(again, d => Assert.Equal(DecisionOutcome.Recorded, d.Outcome));
        var stored = await history.ReadEventsAsync(key);
        Assert.Equal(["a", "b", "d"], stored.OfType<ContractFact>().Select(f => f.Id));
        Assert.Equal(stored.Select(e => e.Id), commits.Durable.Events.Select(e => e.Id));
        var withFacts = groups.Where(g => g.Length > 0).ToList();  // the ledger's opening recorded no fact
        Assert.Equal(["a"], withFacts[0]);
        Assert.Equal(["b", "d"], withFacts.Skip(1).SelectMany(g => g).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConcurrentFactsToOneContract_AreAllDurable_InTheOrderDecided_AfterARestart_AndAFailedAppendLosesOnlyItsGroup()
    {
        const string serviceId = "group-commit-restart";
        var database = await TestDatabase.CreateAsync("group_commit_restart");
        var (institution, vendor, id) = (NewPartyId("inst"), NewPartyId("vend"), NewContractId());
        var seed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        (seed["id"], seed["institution"]!["id"], seed["vendor"]!["id"]) = (id, institution, vendor);
        var key = GrainKeys.Contract(institution, id);
        const int n = 40;
        byte[] factsBefore, ledgerBefore;
        var failedIds = new List<string>();

        var first = await VendorGridTestCluster.StartOnAsync(database, serviceId: serviceId);
        try
        {
            Assert.Equal(ContractCreationOutcome.Created, (await first.Grains.GetGrain<IInstitutionGrain>(institution).CreateContractAsync(seed.ToJsonString())).Outcome);
            var contract = first.Grains.GetGrain<IContractGrain>(key);
            var results = await Task.WhenAll(Enumerable.Range(0, n).Select(i => contract.ExecuteAsync(Reminder($"r{i:D3}", i))));
            Assert.All(results, r => Assert.Equal(CommandOutcome.Recorded, r.Outcome));

            // One failing append: the callers of that group fail, every other caller's fact is recorded.
            var history = (FaultInjectingContractHistory)((InProcessSiloHandle)first.Cluster.Silos[0]).SiloHost!.Services.GetRequiredService<IContractHistory>();
            history.BeforeNextAppend(key, _ => throw new InvalidOperationException("injected append failure"));
            var attempts = Enumerable.Range(n, n).Select(i => (Id: $"r{i:D3}", Task: contract.ExecuteAsync(Reminder($"r{i:D3}", i)))).ToList();
            foreach (var (factId, task) in attempts)
            {
                try
                {
                    Assert.Equal(CommandOutcome.Recorded, (await task).Outcome);
                }
                catch (InvalidOperationException e) when (e.Message.Contains("injected append failure", StringComparison.Ordinal))
                {
                    failedIds.Add(factId);
                }
            }
            Assert.NotEmpty(failedIds);
            Assert.True(failedIds.Count < n, "the failure reached past its own group");
            var listed = Ids(await contract.GetViewJsonAsync(ContractView.Facts, null));
            Assert.Empty(listed.Intersect(failedIds));
            // Retried, each failed fact is new (nothing of the failed group stayed), and is recorded.
            foreach (var factId in failedIds)
                Assert.Equal(CommandOutcome.Recorded, (await contract.ExecuteAsync(Reminder(factId, int.Parse(factId[1..], System.Globalization.CultureInfo.InvariantCulture)))).Outcome);
            factsBefore = (await contract.GetViewJsonAsync(ContractView.Facts, null, VendorGridTestCluster.DefaultNow))!;
            ledgerBefore = (await contract.GetViewJsonAsync(ContractView.Ledger, VendorGridTestCluster.DefaultNow, VendorGridTestCluster.DefaultNow))!;
        }
        finally
        {
            await first.Cluster.StopAllSilosAsync();
            await first.Cluster.DisposeAsync();
        }

        await using var second = await VendorGridTestCluster.StartOnAsync(database, serviceId: serviceId);
        var reactivated = second.Grains.GetGrain<IContractGrain>(key);
        var facts = (await reactivated.GetViewJsonAsync(ContractView.Facts, null, VendorGridTestCluster.DefaultNow))!;
        var stored = Ids(facts);
        Assert.Equal(2 * n, stored.Count);
        Assert.Equal(Enumerable.Range(0, 2 * n).Select(i => $"r{i:D3}").Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        // The first n were all answered before the second n were sent, so they come first; the failed ones come last.
        Assert.Equal(Enumerable.Range(0, n).Select(i => $"r{i:D3}").Order(StringComparer.Ordinal), stored.Take(n).Order(StringComparer.Ordinal));
        Assert.Equal(failedIds, stored.TakeLast(failedIds.Count));
        Assert.Equal(factsBefore, facts);
        Assert.Equal(ledgerBefore, await reactivated.GetViewJsonAsync(ContractView.Ledger, VendorGridTestCluster.DefaultNow, VendorGridTestCluster.DefaultNow));
    }

    private static List<string> Ids(byte[]? factsJson) =>
        [.. JsonDocument.Parse(factsJson!).RootElement.EnumerateArray().Select(f => f.GetProperty("fact").GetProperty("id").GetString()!)
            .Where(factId => factId.StartsWith('r'))];
}

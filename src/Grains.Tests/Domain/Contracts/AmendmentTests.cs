using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue 18 §3 in the domain: an amendment (补充协议) is a version in force from its effective date once the other party
/// accepts it; each day is charged under the version in force that day, and amounts already posted change only through
/// adjustments. On C2: ¥1,475,000, go-live due Sunday 2026-03-22, 第八条第4款 0.3 % a day (¥4,425).
/// </summary>
public sealed class AmendmentTests
{
    private const string Seed = "c2-chaoyang-his-2026";
    private const string GoLive = "c2-late-performance:c2-go-live";

    /// <summary>C2's text, for amendments written as edits of it; the parsed seed is <see cref="ContractFixtures.Seed"/>'s.</summary>
    private static string SeedJson() => SeedText.Value;

    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, Seed + ".json")));

    /// <summary>C2 with 第八条第4款's daily rate replaced (and anything else <paramref name="edit"/> does).</summary>
    internal static string WithLateRate(decimal rate, Action<JsonObject>? edit = null)
    {
        var node = JsonNode.Parse(SeedJson())!.AsObject();
        var clause = node["penalties"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "c2-late-performance")!;
        clause["amount"]!["rate"] = rate;
        edit?.Invoke(node);
        return node.ToJsonString();
    }

    private static LedgerHarness C2() => new(ContractFixtures.Seed(Seed));

    private static Decision Propose(LedgerHarness ledger, string effectiveFrom, string definition, string recordedLocal, string request = "p1",
        string title = "补充协议一：逾期违约金调整") =>
        ledger.Do(new ProposeAmendment(DateOnly.Parse(effectiveFrom), title, definition, request, LedgerHarness.Institution), recordedLocal);

    private static Decision Answer(LedgerHarness ledger, int version, bool accept, string recordedLocal, string? reason = null, Reporter? by = null) =>
        ledger.Do(new AnswerAmendment(version, accept, reason, "a" + recordedLocal, by ?? LedgerHarness.Vendor), recordedLocal);

    /// <summary>
    /// Rate 0.3 % → 0.5 % from 2026-03-26, go-live met 2026-03-29 (7 days late, 03-23…03-29):
    /// 03-23, 03-24, 03-25 under version 1: 3 × 0.3 % × ¥1,475,000 = 3 × ¥4,425 = ¥13,275;
    /// 03-26 … 03-29 under version 2: 4 × 0.5 % × ¥1,475,000 = 4 × ¥7,375 = ¥29,500; together ¥42,775
    /// (never amended: 7 × ¥4,425 = ¥30,975).
    /// </summary>
    [Fact]
    public void ARateChangeMidDelay_ChargesTheDaysBeforeItsEffectiveDateAtTheOldRate_AndFromItAtTheNew()
    {
        var ledger = C2();
        Assert.Equal(DecisionOutcome.Recorded, Propose(ledger, "2026-03-26", WithLateRate(0.005m), "2026-03-20T10:00:00").Outcome);
        Assert.Equal(DecisionOutcome.Recorded, Answer(ledger, 2, accept: true, "2026-03-21T10:00:00").Outcome);

        Assert.Equal(13_275.00m, ledger.Entry("2026-03-25T12:00:00", GoLive).Amount);              // 3 × ¥4,425, version 2 not yet in force
        Assert.Equal(13_275.00m + 2 * 7_375m, ledger.Entry("2026-03-27T12:00:00", GoLive).Amount);  // + 03-26, 03-27 at ¥7,375

        ledger.Record("2026-03-29T11:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-29T10:00:00"));
        var entry = ledger.Entry("2026-04-01T00:00:00", GoLive);
        Assert.Equal((42_775.00m, LedgerStatus.Proposed, true), (entry.Amount, entry.Status, entry.Final));
        Assert.Equal(42_775.00m, ledger.Book.Posting(GoLive)!.Amount);
        Assert.Contains("第1版", entry.Basis, StringComparison.Ordinal);
        Assert.Contains("第2版（自 2026-03-26）", entry.Basis, StringComparison.Ordinal);

        var unamended = new LedgerHarness(ContractFixtures.Seed(Seed));
        unamended.Record("2026-03-29T11:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-29T10:00:00"));
        Assert.Equal(30_975.00m, unamended.Entry("2026-04-01T00:00:00", GoLive).Amount);
    }

    /// <summary>
    /// Go-live met 2026-03-27: 5 days, ¥22,125 posted and confirmed by the vendor. On 2026-04-10 the hospital proposes relief
    /// back to 2026-03-25 at 0.1 % (¥1,475 a day); the vendor accepts on 04-11. Now 03-23, 03-24 at ¥4,425 = ¥8,850 and
    /// 03-25 … 03-27 at ¥1,475 = ¥4,425: ¥13,275, so an adjustment of −¥8,850 caused by the acceptance, to be confirmed by
    /// the hospital (the party owed); the confirmed ¥22,125 stays as it was.
    /// </summary>
    [Fact]
    public void APastDatedAmendment_PostsAnAdjustmentAwaitingConfirmation_AndTheConfirmedEntryStays()
    {
        var ledger = C2();
        ledger.Record("2026-03-27T11:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"));
        Assert.Equal(22_125.00m, ledger.Book.Posting(GoLive)!.Amount);
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide(GoLive, LedgerAction.Confirm, "2026-04-01T10:00:00", LedgerHarness.Vendor).Outcome);

        Assert.Equal(DecisionOutcome.Recorded, Propose(ledger, "2026-03-25", WithLateRate(0.001m), "2026-04-10T10:00:00").Outcome);
        Assert.Empty(ledger.Entry("2026-04-10T12:00:00", GoLive).Adjustments);  // proposed only: nothing moves
        var accepted = Answer(ledger, 2, accept: true, "2026-04-11T10:00:00");
        Assert.Equal(DecisionOutcome.Recorded, accepted.Outcome);

        var entry = ledger.Entry("2026-04-12T00:00:00", GoLive);
        Assert.Equal((22_125.00m, LedgerStatus.Confirmed), (entry.Amount, entry.Status));
        var adjustment = Assert.Single(entry.Adjustments);
        Assert.Equal((-8_850.00m, LedgerStatus.Proposed, "institution", "amendment:2:accepted", At("2026-04-11T10:00:00")),
            (adjustment.Amount, adjustment.Status, adjustment.ConfirmedBy, adjustment.Cause, adjustment.PostedAt));
        Assert.Equal(13_275.00m, entry.Net);
        Assert.Equal(22_125.00m, ledger.View("2026-04-12T00:00:00").Totals.Confirmed);
        // As known before the acceptance, the ledger is what it was.
        Assert.Empty(ledger.Entry("2026-04-12T00:00:00", GoLive, knownAtLocal: "2026-04-11T09:59:59").Adjustments);
    }

    /// <summary>A waiver recorded after the effective date takes back the days charged under version 1 as well, as it would unamended.</summary>
    [Fact]
    public void AWaiverAfterTheEffectiveDate_TakesBackTheOldVersionsDaysToo()
    {
        var ledger = C2();
        Propose(ledger, "2026-03-26", WithLateRate(0.005m), "2026-03-20T10:00:00");
        Answer(ledger, 2, accept: true, "2026-03-21T10:00:00");
        ledger.Record("2026-03-29T11:00:00", new ObligationWaived { Id = "waive-live", OccurredAt = At("2026-03-29T10:00:00"), ObligationId = "c2-go-live", Reason = "甲方环境延误" });
        Assert.DoesNotContain(ledger.View("2026-04-01T00:00:00").Ledger, e => e.Id == GoLive);
    }

    [Fact]
    public void ATermExtension_MovesTheEnd_FromItsEffectiveDate()
    {
        var ledger = C2();
        var extended = WithLateRate(0.003m, d => d["term"]!["end"] = "2027-06-30");
        Propose(ledger, "2026-06-01", extended, "2026-05-20T10:00:00", title: "补充协议一：服务期延长至2027-06-30");
        Answer(ledger, 2, accept: true, "2026-05-21T10:00:00");
        Assert.Equal(new DateOnly(2027, 6, 30), ledger.Book.Definition.Term.End);
        Assert.Equal(new DateOnly(2027, 3, 2), ledger.Book.Original.Term.End);
        Assert.Null(ledger.View("2027-04-01T00:00:00").EndedAt);  // the contract runs on past the old end
        Assert.NotNull(ledger.View("2027-07-01T00:00:00").EndedAt);
        var versions = ContractVersions.List(ledger.Book);
        Assert.Equal([(1, VersionStatus.InForce), (2, VersionStatus.InForce)], versions.Select(v => (v.Version, v.Status)));
        var change = Assert.Single(ContractVersions.Diff(System.Text.Json.JsonDocument.Parse(SeedJson()).RootElement,
            System.Text.Json.JsonDocument.Parse(extended).RootElement));
        Assert.Equal(("term.end", "2027-03-02", "2027-06-30"), (change.Path, change.Before, change.After));
    }

    [Fact]
    public void Refusals_NameTheField_AndRecordNothing()
    {
        var ledger = C2();
        string Fields(Decision d) => string.Join(",", d.Errors.Select(e => e.Path));

        Assert.Equal("effectiveFrom", Fields(Propose(ledger, "2026-02-04", WithLateRate(0.005m), "2026-03-20T10:00:00")));  // term starts 02-05
        Assert.Equal("definition.id", Fields(Propose(ledger, "2026-04-01", WithLateRate(0.005m, d => d["id"] = "other"), "2026-03-20T10:00:00")));
        Assert.Equal("definition.vendor.id",
            Fields(Propose(ledger, "2026-04-01", WithLateRate(0.005m, d => d["vendor"]!["id"] = "91110000000000000X"), "2026-03-20T10:00:00")));
        Assert.StartsWith("definition.penalties[", Fields(Propose(ledger, "2026-04-01", WithLateRate(-1m), "2026-03-20T10:00:00")), StringComparison.Ordinal);
        Assert.Equal("definition", Fields(Propose(ledger, "2026-04-01", SeedJson(), "2026-03-20T10:00:00")));  // changes nothing
        Assert.Single(ledger.Book.Versions);
        Assert.Empty(ledger.Book.Events);

        Assert.Equal(DecisionOutcome.Recorded, Propose(ledger, "2026-04-01", WithLateRate(0.005m), "2026-03-20T10:00:00").Outcome);
        Assert.Equal(DecisionOutcome.Duplicate, Propose(ledger, "2026-04-01", WithLateRate(0.005m), "2026-03-20T10:00:01").Outcome);  // same request
        Assert.Equal("effectiveFrom", Fields(Propose(ledger, "2026-05-01", WithLateRate(0.004m), "2026-03-20T11:00:00", request: "p2")));  // 2 pending
        Assert.Equal("party", Fields(Answer(ledger, 2, accept: true, "2026-03-21T10:00:00", by: LedgerHarness.Institution)));  // its own
        Assert.Equal("reason", Fields(Answer(ledger, 2, accept: false, "2026-03-21T10:00:00")));
        Assert.Equal(DecisionOutcome.NotFound, Answer(ledger, 3, accept: true, "2026-03-21T10:00:00").Outcome);
        Assert.Single(ledger.Book.Events);

        Assert.Equal(DecisionOutcome.Recorded, Answer(ledger, 2, accept: false, "2026-03-21T10:00:00", reason: "费率过高").Outcome);
        Assert.Equal(DecisionOutcome.Conflict, Answer(ledger, 2, accept: true, "2026-03-21T11:00:00").Outcome);
        Assert.Equal(0.003m, ledger.Book.Definition.Penalties.Single(p => p.Id == "c2-late-performance").Amount!.Rate);
        Assert.Equal(VersionStatus.Rejected, ContractVersions.List(ledger.Book)[1].Status);
        Assert.Equal("费率过高", ContractVersions.List(ledger.Book)[1].Reason);
    }

    /// <summary>Replaying the stored events (as the grain does on activation) rebuilds the same versions and timeline.</summary>
    [Fact]
    public void ReplayingTheHistory_RebuildsTheVersions()
    {
        var ledger = C2();
        Propose(ledger, "2026-03-26", WithLateRate(0.005m), "2026-03-20T10:00:00");
        Answer(ledger, 2, accept: true, "2026-03-21T10:00:00");
        var events = ledger.Book.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(e, ContractJson.Options))
            .Select(json => System.Text.Json.JsonSerializer.Deserialize<VendorGrid.Domain.Contracts.ContractEvent>(json, ContractJson.Options)!);
        var replayed = new ContractBook(ledger.Book.Original).ApplyAll(events);
        Assert.Equal(ContractVersions.List(ledger.Book), ContractVersions.List(replayed));
        Assert.Equal([1, 2], replayed.Timeline.Segments.Select(s => s.Version));
        Assert.Equal(0.005m, replayed.Definition.Penalties.Single(p => p.Id == "c2-late-performance").Amount!.Rate);
    }
}

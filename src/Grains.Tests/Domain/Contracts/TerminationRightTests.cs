using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue item 11: 有权解除合同 is a right that arises at an instant with its basis, never a deadline; a waived or reversed
/// entry takes back the right it alone gave; C1's cap right arises only when the delay reaches the cap.
/// </summary>
public sealed class TerminationRightTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"))));

    private static FactSketch Objection(string id, string by) =>
        Fact(id, FactTypes.RectificationRequested, "2026-04-01T10:00:00") with { ClauseId = "c2-quality-not-rectified", RectifyBy = At(by) };

    private static FactSketch Decision(string id, string type, string local, string entry, decimal? amount = null) =>
        Fact(id, type, local) with { EntryId = entry, Amount = amount, Reason = "已协商", RecordedAt = At(local) };

    private static TerminationRight? QualityRight(ContractEvaluation e) => e.TerminationRights.SingleOrDefault(r => r.ClauseId == "c2-quality-not-rectified");

    /// <summary>C2 第八条第3款「…乙方应按次向甲方支付合同约定总价款2%的违约金，并甲方有权提前解除合同」.</summary>
    [Fact]
    public void C2_WaivingTheOnlyChargeUnderTheQualityClause_TakesBackItsTerminationRight()
    {
        var objection = Objection("obj-1", "2026-04-08T18:00:00");
        Assert.Equal(At("2026-04-08T18:00:00"), QualityRight(Evaluate(C2.Value, "2026-04-20T00:00:00", objection))!.Since);
        var waived = Evaluate(C2.Value, "2026-04-20T00:00:00", objection,
            Decision("w1", FactSketch.LedgerWaived, "2026-04-10T10:00:00", "c2-quality-not-rectified:obj-1"));
        Assert.Equal(LedgerStatus.Waived, waived.Ledger.Single(l => l.Id == "c2-quality-not-rectified:obj-1").Status);
        Assert.Null(QualityRight(waived));
    }

    [Fact]
    public void C2_AReversedCharge_TakesBackItsRight_ButAnotherChargeStillGivesIt()
    {
        var facts = new[]
        {
            Objection("obj-1", "2026-04-08T18:00:00"),
            Objection("obj-2", "2026-04-15T18:00:00"),
            Decision("c1", FactSketch.LedgerConfirmed, "2026-04-09T10:00:00", "c2-quality-not-rectified:obj-1", 29_500m),
            Decision("r1", FactSketch.LedgerReversed, "2026-04-10T10:00:00", "c2-quality-not-rectified:obj-1"),
        };
        Assert.Null(QualityRight(Evaluate(C2.Value, "2026-04-12T00:00:00", facts)));
        Assert.Equal(At("2026-04-15T18:00:00"), QualityRight(Evaluate(C2.Value, "2026-04-20T00:00:00", facts))!.Since);
    }

    /// <summary>
    /// C1 第八条第13款「但违约金的最高限额为合同总价的20%。如果乙方在达到最高限额后仍未交付，甲方可向乙方发出书面通知解除合同」: the right comes
    /// from the delay reaching the cap (day 10 at 2 % a day), not from the money, so waiving the accrual does not take it back.
    /// </summary>
    [Fact]
    public void C1_TheCapRight_ArisesOnlyWhenTheDelayReachesTheCap_AndSurvivesAWaiverOfTheMoney()
    {
        var c1 = Contract("2016-04-16", "2016-04-16", "2017-04-15", 972000m, """
            "obligations": [{ "id": "c1-service", "article": "第三条", "summary": "start the service", "title": "提供运营服务",
              "kind": "one-off", "due": { "from": { "date": "2016-05-01" } } }],
            "penalties": [{ "id": "c1-late-service", "article": "第八条第13款", "summary": "2% a day, capped at 20%",
              "shape": "per-day", "trigger": "late", "obligations": ["c1-service"], "amount": { "rate": 0.02 },
              "cap": { "rate": 0.20 }, "escalation": { "atCap": true, "terminationRight": true }, "onTermination": { "rate": 0.30 } }]
            """);
        Assert.Empty(Evaluate(c1, "2016-05-10T23:59:59").TerminationRights);  // 9 days: ¥174,960, under the cap
        var waiver = Decision("w", FactSketch.LedgerWaived, "2016-05-12T10:00:00", "c1-late-service:c1-service");
        var e = Evaluate(c1, "2016-05-20T00:00:00", waiver);
        Assert.Equal(LedgerStatus.Waived, e.Ledger.Single().Status);
        var right = Assert.Single(e.TerminationRights);
        Assert.Equal(("c1-late-service", At("2016-05-11T00:00:00")), (right.ClauseId, right.Since));
        Assert.DoesNotContain(e.Obligations, o => o.Id.Contains("terminat", StringComparison.Ordinal));  // a right, not a deadline
    }
}

using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue item 5: refunds on their real base (what was paid by then, less the share earned by the days served), partial
/// confirmation of an amount, and a confirmed amount that a recomputation would lower kept with a proposed adjustment.
/// </summary>
public sealed class RefundTests
{
    private static ContractDefinition Seed(string id) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));

    private static readonly Lazy<ContractDefinition> C2 = new(() => Seed("c2-chaoyang-his-2026"));

    private static readonly FactSketch AdvancePaid =
        Fact("pay-1", FactTypes.PaymentMade, "2026-03-01T10:00:00") with { PaymentId = "c2-pay-advance", Amount = 737_500m };

    /// <summary>
    /// 第八条第10款「若乙方…丧失履约资质及能力…乙方应退还甲方已支付但未履行期间的费用，并向甲方支付合同约定价款10%的违约金」: served
    /// 2026-02-05 … 08-04 = 181 of 391 days earns ¥682,800.51 of the ¥737,500 paid.
    /// </summary>
    [Fact]
    public void C2_QualificationLost_RefundsWhatWasPaidForTheUnperformedPeriod_PlusTenPercent()
    {
        var lost = Fact("q-1", FactTypes.Occurrence, "2026-08-05T09:00:00") with { ClauseId = "c2-qualification-lost" };
        var e = Evaluate(C2.Value, "2026-08-10T00:00:00", AdvancePaid, lost);
        Assert.Equal(54_699.49m, e.Ledger.Single(l => l.Id == "c2-qualification-lost-refund:q-1").Amount);
        Assert.Equal(147_500.00m, e.Ledger.Single(l => l.Id == "c2-qualification-lost:q-1").Amount);
        Assert.Contains(e.TerminationRights, r => r.ClauseId == "c2-qualification-lost");
    }

    /// <summary>
    /// 第四条第3款「如甲方已经支付的合同款多于应支付给乙方的合同款，那么乙方应在本合同终止及解除之日起10个工作日内退还甲方，否则乙方应按照每迟延一天
    /// 以应返还款项数额1%的标准向甲方支付违约金」: served 116 of 391 days by the termination on 06-01 → ¥299,904.09 to refund by 06-15.
    /// </summary>
    [Fact]
    public void C2_EarlyTermination_LateRefund_IsOnePercentADayOfTheOverpayment()
    {
        var terminated = Fact("term", FactTypes.Terminated, "2026-06-01T09:00:00") with { ClauseId = "c2-quality-not-rectified" };
        var e = Evaluate(C2.Value, "2026-06-20T12:00:00", AdvancePaid, terminated);
        Assert.Equal(At("2026-06-15T23:59:59"), e.Obligations.Single(o => o.Id == "c2-early-termination-refund").DueAt);
        var entry = e.Ledger.Single(l => l.ClauseId == "c2-early-termination-refund-late");
        Assert.Equal(14_995.20m, entry.Amount);  // 5 days × 1 % × ¥299,904.09
        Assert.Contains("¥299,904.09", entry.Basis);
    }

    /// <summary>C1 第六条第5款「乙方要求解除合同，应事先征得甲方同意，并退还甲方已经支付的全部费用」: all paid by the consent, not after.</summary>
    [Fact]
    public void C1_VendorExitWithConsent_RefundsEverythingPaidByThen()
    {
        var c1 = Seed("c1-childrens-internet-hospital-2016");
        var e = Evaluate(c1, "2016-11-01T00:00:00",
            Fact("p1", FactTypes.PaymentMade, "2016-05-20T10:00:00") with { PaymentId = "c1-pay-advance", Amount = 291_600m },
            Fact("consent", FactTypes.Occurrence, "2016-10-10T10:00:00") with { ClauseId = "c1-exit-refund" },
            Fact("p2", FactTypes.PaymentMade, "2016-10-20T10:00:00") with { PaymentId = "c1-pay-acceptance", Amount = 583_200m });
        Assert.Equal(291_600.00m, e.Ledger.Single(l => l.ClauseId == "c1-exit-refund").Amount);
    }

    [Fact]
    public void ConfirmingLessThanProposed_ConfirmsThatPart_AndLeavesTheRestProposed_ButNeverMore()
    {
        const string refund = "c2-qualification-lost-refund:q-1";
        var ledger = new LedgerHarness(C2.Value);
        ledger.Record("2026-03-01T10:00:00", AdvancePaid);
        ledger.Record("2026-08-05T09:30:00", Fact("q-1", FactTypes.Occurrence, "2026-08-05T09:00:00") with { ClauseId = "c2-qualification-lost" });
        var more = ledger.Decide(refund, LedgerAction.Confirm, "2026-08-10T00:00:00", LedgerHarness.Vendor, amount: 60_000m);
        Assert.Equal((DecisionOutcome.Rejected, "amount"), (more.Outcome, Assert.Single(more.Errors).Path));
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide(refund, LedgerAction.Confirm, "2026-08-10T00:00:00", LedgerHarness.Vendor, amount: 50_000m).Outcome);

        var entry = ledger.Entry("2026-08-11T00:00:00", refund);
        Assert.Equal((54_699.49m, LedgerStatus.Confirmed), (entry.Amount, entry.Status));
        Assert.Equal([(-4_699.49m, LedgerStatus.Confirmed), (4_699.49m, LedgerStatus.Proposed)], entry.Adjustments.Select(a => (a.Amount, a.Status)));
        Assert.Equal(50_000.00m, entry.Amount + entry.Adjustments.Where(a => a.Status == LedgerStatus.Confirmed).Sum(a => a.Amount));
    }

    /// <summary>
    /// C4 8.1「但最多不超过合同总额的5%」: an earlier delay recorded later takes its share of the cap first, so the confirmed
    /// ¥37,235 would shrink to ¥22,341 — it keeps its amount and a proposed −¥14,894 adjustment, dated when the earlier
    /// delay was recorded and linked to it, awaits the same confirmation.
    /// </summary>
    [Fact]
    public void AConfirmedAmountIsNeverShrunkSilently_TheDifferenceIsAProposedAdjustment()
    {
        var ledger = new LedgerHarness(Seed("c4-health-commission-medadmin-ops-2024"));
        ledger.Record("2024-07-01T11:00:00", Fact("a", FactTypes.Occurrence, "2024-07-01T10:00:00") with { ClauseId = "c4-vendor-delay", Days = 12 });
        Assert.Equal(DecisionOutcome.Recorded, ledger.Decide("c4-vendor-delay:a", LedgerAction.Confirm, "2024-07-02T10:00:00").Outcome);
        ledger.Record("2024-07-03T10:00:00", Fact("b", FactTypes.Occurrence, "2024-06-20T10:00:00") with { ClauseId = "c4-vendor-delay", Days = 4 });

        var a = ledger.Entry("2024-08-01T00:00:00", "c4-vendor-delay:a");
        Assert.Equal((37_235.00m, LedgerStatus.Confirmed), (a.Amount, a.Status));
        var adjustment = Assert.Single(a.Adjustments);
        Assert.Equal((-14_894.00m, LedgerStatus.Proposed, At("2024-07-03T10:00:00")), (adjustment.Amount, adjustment.Status, adjustment.PostedAt));
        Assert.Equal(14_894.00m, ledger.Entry("2024-08-01T00:00:00", "c4-vendor-delay:b").Amount);
        Assert.Equal(37_235.00m, a.Amount + adjustment.Amount + 14_894.00m);  // the cap holds once the adjustment is confirmed
    }
}

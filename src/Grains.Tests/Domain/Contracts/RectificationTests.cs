using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Rectification first (issue item 4): C2 第八条第3款「…且乙方未在合理期限内整改的，乙方应按次向甲方支付合同约定总价款2%的违约金，并甲方
/// 有权提前解除合同」 and 第2款「乙方应在甲方要求的合理期限内整改或者修复、弥补。乙方违反本条，应按次向甲方支付本合同总价款3%的违约金」:
/// nothing is owed and no right arises until the period the hospital set with its objection ends unrectified.
/// </summary>
public sealed class RectificationTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() => Seed("c2-chaoyang-his-2026"));

    private static FactSketch Objection(string id, string clause, string at, string by) =>
        Fact(id, FactTypes.RectificationRequested, at) with { ClauseId = clause, RectifyBy = At(by), Reason = "门诊挂号系统频繁卡顿" };

    private static FactSketch Rectified(string objection, string at) => Fact($"fix-{objection}", FactTypes.Rectified, at) with { ObjectionId = objection };

    [Fact]
    public void C2_QualityObjection_ChargesTwoPercentAndGivesTheRight_OnlyWhenThePeriodEndsUnrectified()
    {
        var objection = Objection("obj-1", "c2-quality-not-rectified", "2026-04-01T10:00:00", "2026-04-08T18:00:00");
        var during = Evaluate(C2.Value, "2026-04-08T17:59:00", objection);
        Assert.DoesNotContain(during.Ledger, l => l.ClauseId == "c2-quality-not-rectified");
        Assert.DoesNotContain(during.TerminationRights, r => r.ClauseId == "c2-quality-not-rectified");

        var after = Evaluate(C2.Value, "2026-04-09T09:00:00", objection);
        var entry = after.Ledger.Single(l => l.ClauseId == "c2-quality-not-rectified");
        Assert.Equal(("c2-quality-not-rectified:obj-1", 29_500.00m, At("2026-04-08T18:00:00")), (entry.Id, entry.Amount, entry.ProposedAt));
        var right = after.TerminationRights.Single(r => r.ClauseId == "c2-quality-not-rectified");
        Assert.Equal(At("2026-04-08T18:00:00"), right.Since);
        Assert.Contains("第八条第3款", right.Basis);
    }

    [Theory]
    [InlineData("2026-04-08T17:00:00", 0)]        // rectified in time: nothing owed
    [InlineData("2026-04-09T08:00:00", 29_500.00)] // rectified after the period: the objection is still charged once
    public void C2_ARectificationCounts_OnlyWithinThePeriod(string fixedAt, double expected)
    {
        var e = Evaluate(C2.Value, "2026-04-10T00:00:00",
            Objection("obj-2", "c2-quality-not-rectified", "2026-04-01T10:00:00", "2026-04-08T18:00:00"), Rectified("obj-2", fixedAt));
        Assert.Equal((decimal)expected, e.Ledger.Where(l => l.ClauseId == "c2-quality-not-rectified").Sum(l => l.Amount));
    }

    [Fact]
    public void C2_DefectObjection_UnderArticle8Clause2_IsThreePercentPerObjection()
    {
        var e = Evaluate(C2.Value, "2026-05-01T00:00:00",
            Objection("d-1", "c2-defect-not-rectified", "2026-04-01T10:00:00", "2026-04-10T18:00:00"),
            Objection("d-2", "c2-defect-not-rectified", "2026-04-02T10:00:00", "2026-04-12T18:00:00"));
        Assert.Equal([44_250.00m, 44_250.00m], e.Ledger.Where(l => l.ClauseId == "c2-defect-not-rectified").Select(l => l.Amount));
        Assert.DoesNotContain(e.TerminationRights, r => r.ClauseId == "c2-defect-not-rectified");  // 第2款 gives no right to terminate
    }

    [Fact]
    public void AnOccurrenceRecordedDirectlyUnderARectificationFirstClause_IsRefusedNamingTheField()
    {
        var direct = Fact("occ-1", FactTypes.Occurrence, "2026-04-01T10:00:00") with { ClauseId = "c2-quality-not-rectified" };
        Assert.Equal(["clauseId"], FactValidator.Validate(direct, C2.Value, new HashSet<string>()).Select(e => e.Path));
        // The period is a required member of the kind: a fact without it is refused when its JSON is read, naming rectifyBy.
        var noPeriod = Assert.Throws<System.Text.Json.JsonException>(() => (ContractFact)(Fact("obj-3", FactTypes.RectificationRequested, "2026-04-01T10:00:00") with { ClauseId = "c2-quality-not-rectified" }));
        Assert.Contains("rectifyBy", noPeriod.Message, StringComparison.Ordinal);
        var before = new RectificationRequested { Id = "obj-4", OccurredAt = At("2026-04-01T10:00:00"), ClauseId = "c2-quality-not-rectified", RectifyBy = At("2026-04-01T09:00:00") };
        Assert.Equal(["rectifyBy"], FactValidator.Validate(before, C2.Value, new HashSet<string>()).Select(e => e.Path));
    }

    /// <summary>
    /// C1 第八条第2款「如项目未能验收通过，且在甲方确认的整改期限内未能完成补救并验收通过，甲方有权解除本合同，同时要求乙方退还甲方已支付全部款项并
    /// 支付本合同总金额的10%违约金」: one objection, both amounts.
    /// </summary>
    [Fact]
    public void C1_AcceptanceNotRemediedInThePeriod_OwesTheRefundOfAllPaidAndTenPercent()
    {
        var c1 = Seed("c1-childrens-internet-hospital-2016");
        var facts = new[]
        {
            Fact("pay-1", FactTypes.PaymentMade, "2016-05-20T10:00:00") with { PaymentId = "c1-pay-advance", Amount = 291_600m },
            Objection("acc-obj", "c1-acceptance-failed", "2017-04-20T10:00:00", "2017-05-20T18:00:00"),
        };
        var e = Evaluate(c1, "2017-06-01T00:00:00", facts);
        Assert.Equal((97_200.00m, 291_600.00m),
            (e.Ledger.Single(l => l.ClauseId == "c1-acceptance-failed").Amount, e.Ledger.Single(l => l.ClauseId == "c1-acceptance-failed-refund").Amount));
        Assert.Contains(e.TerminationRights, r => r.ClauseId == "c1-acceptance-failed");
    }
}

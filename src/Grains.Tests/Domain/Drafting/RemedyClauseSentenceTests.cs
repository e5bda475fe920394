using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Drafting;

namespace VendorGrid.Tests.Domain.Drafting;

/// <summary>
/// Rectification periods, refunds on their real base, costs as incurred, charges that stop at abandonment, per-item
/// caps and force majeure (issue 16's shapes), each read from a sentence written for the test, none from the seeds.
/// </summary>
public sealed class RemedyClauseSentenceTests
{
    private const string Header = "甲方：北京市某某区人民医院\n\n乙方：北京某某软件有限公司\n\n合同总价款为人民币壹佰万元整（¥1,000,000.00元）。\n\n";

    private static IReadOnlyList<PenaltyDefinition> Penalties(string clauses) =>
        ContractDrafter.Draft(Header + "第八条 违约责任\n\n" + clauses).Definition.Penalties;

    [Fact]
    public void RectificationPeriod_InAnEarlierSentence_MakesThePenaltyRectificationFirst()
    {
        var p = Assert.Single(Penalties("1、乙方提交的成果经甲方审核不合格的，乙方应在甲方书面通知的整改期限内完成整改；逾期仍未整改完毕的，乙方应按次向甲方支付合同总额2%的违约金。"));

        Assert.Equal((PenaltyShape.PerOccurrence, 0.02m, AmountBase.ContractTotal, true), (p.Shape, p.Amount!.Rate, p.Amount.Base, p.RectificationFirst));
        Assert.Contains("rectification first (整改期限内完成)", p.Confidence!.Reason);
    }

    [Fact]
    public void GracePeriod_MakesATerminationRightRectificationFirst()
    {
        var p = Assert.Single(Penalties("2、乙方未按期提交运维方案，且在甲方给予的宽限期内仍未履行的，甲方有权解除合同。"));

        Assert.Equal((PenaltyShape.TerminationRight, true, true), (p.Shape, p.TerminationRight, p.RectificationFirst));
    }

    [Fact]
    public void APenaltyWithoutARectificationPeriod_ChargesOnTheOccurrence()
    {
        var p = Assert.Single(Penalties("3、乙方擅自更换驻场人员的，乙方应按次向甲方支付合同总额1%的违约金。"));

        Assert.False(p.RectificationFirst);
    }

    [Fact]
    public void RefundOfEverythingPaid_BesideTheTenPercent_IsChargedAlongsideIt_BothRectificationFirst()
    {
        var penalties = Penalties("4、系统验收不合格且在甲方确认的整改期限内仍未完成补救的，甲方有权解除合同，同时要求乙方退还甲方已支付的全部款项并支付合同总额10%的违约金。");

        Assert.Equal(2, penalties.Count);
        var (fine, refund) = (penalties[0], penalties[1]);
        Assert.Equal((0.1m, AmountBase.ContractTotal, true, true), (fine.Amount!.Rate, fine.Amount.Base, fine.TerminationRight, fine.RectificationFirst));
        Assert.Equal((PenaltyShape.PerOccurrence, 1m, AmountBase.PaidAmount), (refund.Shape, refund.Amount!.Rate, refund.Amount.Base));
        Assert.Equal((fine.Id, true, false), (refund.Alongside, refund.RectificationFirst, refund.TerminationRight));
    }

    [Fact]
    public void RefundOfTheUnservedPeriod_IsOnTheUnearnedPayments_AlongsideThePenalty()
    {
        var penalties = Penalties("5、乙方在服务期内被吊销相关资质的，甲方有权解除合同，乙方应退还甲方已支付但未提供服务期间的费用，并向甲方支付合同总额5%的违约金。");

        Assert.Equal(2, penalties.Count);
        Assert.Equal((0.05m, true, false), (penalties[0].Amount!.Rate, penalties[0].TerminationRight, penalties[0].RectificationFirst));
        Assert.Equal((1m, AmountBase.UnearnedPayments, penalties[0].Id), (penalties[1].Amount!.Rate, penalties[1].Amount!.Base, penalties[1].Alongside));
    }

    [Fact]
    public void RefundWrittenForEitherParty_GoesAlongsideTheFirstOfTheDraftedPenalties()
    {
        var penalties = Penalties("6、任何一方违约致使合同解除的，违约方应向守约方支付合同总额5%的违约金，并退还对方已支付的全部款项。");

        Assert.Equal(3, penalties.Count);
        Assert.Equal((ObligationParty.Vendor, ObligationParty.Client), (penalties[0].Payer, penalties[1].Payer));
        Assert.Equal((AmountBase.PaidAmount, penalties[0].Id), (penalties[2].Amount!.Base, penalties[2].Alongside));
    }

    [Fact]
    public void RefundOfEverythingPaid_WithNoOtherAmount_IsAClauseOfItsOwn()
    {
        var p = Assert.Single(Penalties("6、乙方单方面提出终止合同的，须经甲方书面同意，并退还甲方已经支付的全部合同款。"));

        Assert.Equal((PenaltyShape.PerOccurrence, PenaltyTrigger.Occurrence, 1m, AmountBase.PaidAmount), (p.Shape, p.Trigger, p.Amount!.Rate, p.Amount.Base));
        Assert.Equal((null, false, ConfidenceLevel.Medium), (p.Alongside, p.TerminationRight, p.Confidence!.Level));
    }

    [Fact]
    public void RefundOfPaidButUnspecifiedFees_IsNotRead()
    {
        Assert.Empty(Penalties("7、合同解除后，乙方应退还甲方已支付的费用。"));
    }

    [Fact]
    public void DailyStorageFee_StopsWhenTheBelongingsAreDeemedAbandoned_AndClearanceCostsAreIncurred()
    {
        var penalties = Penalties("8、自本合同终止之日起10日内，乙方应将其设备全部撤出甲方机房。若乙方逾期未撤出，乙方应向甲方支付每日300元的保管费。若超过30日乙方仍未取回设备，则视为乙方放弃该设备，甲方可以代为清运并要求乙方承担清运费用。");

        Assert.Equal(2, penalties.Count);
        var (storage, clearance) = (penalties[0], penalties[1]);
        Assert.Equal((PenaltyShape.PerDay, PenaltyTrigger.Late, 300m), (storage.Shape, storage.Trigger, storage.Amount!.Amount));
        Assert.Equal(new Span { N = 30, Unit = SpanUnit.CalendarDays }, storage.AccruesFor);
        Assert.Equal((PenaltyShape.Incurred, PenaltyTrigger.Occurrence, null), (clearance.Shape, clearance.Trigger, clearance.Amount));
        Assert.Contains("清运费用 with no amount printed", clearance.Confidence!.Reason);
    }

    [Fact]
    public void DelayPerPeriod_OnTheItemsAmount_WithACapThatNamesNoBase_IsCappedPerLineItem()
    {
        var p = Assert.Single(Penalties("9、因乙方原因导致某一子项目延期的，每延期5天，甲方有权扣除延期部分金额的1%，但最多不超过5%。"));

        Assert.Equal((PenaltyShape.PerPeriod, 5, 0.01m, AmountBase.LineItem), (p.Shape, p.Period!.N, p.Amount!.Rate, p.Amount.Base));
        Assert.Equal(new CapRule { Rate = 0.05m, Base = AmountBase.LineItem, Scope = CapScope.LineItem }, p.Cap);
    }

    [Theory]
    [InlineData("10、因不可抗力导致合同无法履行，且不可抗力持续六十日以上的，任何一方有权以书面形式通知对方解除合同。", 60)]
    [InlineData("10、不可抗力事件的影响持续九十（90）日以上的，另一方有权书面通知对方终止本合同。", 90)]
    public void ForceMajeureLastingNDays_GivesATerminationRight(string clause, int days)
    {
        var p = Assert.Single(Penalties(clause));

        Assert.Equal((PenaltyShape.TerminationRight, PenaltyTrigger.ForceMajeure, true), (p.Shape, p.Trigger, p.TerminationRight));
        Assert.Equal(new Span { N = days, Unit = SpanUnit.CalendarDays }, p.Threshold);
    }

    [Fact]
    public void LateRefundOfAProRataSettlement_IsChargedOnTheUnearnedPayments()
    {
        var p = Assert.Single(Penalties("11、合同提前解除的，双方按实际服务天数按比例结算；甲方已付款项多于应支付金额的，乙方应在解除之日起15日内退还，逾期退还的，每逾期一日按应退还款项的0.5%支付违约金。"));

        Assert.Equal((PenaltyShape.PerDay, 0.005m, AmountBase.UnearnedPayments, ConfidenceLevel.Medium), (p.Shape, p.Amount!.Rate, p.Amount.Base, p.Confidence!.Level));
    }

    [Fact]
    public void LateRefundWithoutASettlement_StaysOnThePaidAmount_WithLowConfidence()
    {
        var p = Assert.Single(Penalties("12、乙方应在收到甲方退款通知后10日内退还，逾期的，每逾期一日按应退还款项的0.5%支付违约金。"));

        Assert.Equal((0.005m, AmountBase.PaidAmount, ConfidenceLevel.Low), (p.Amount!.Rate, p.Amount.Base, p.Confidence!.Level));
    }
}

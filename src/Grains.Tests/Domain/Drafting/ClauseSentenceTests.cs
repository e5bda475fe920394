using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Drafting;

namespace VendorGrid.Tests.Domain.Drafting;

/// <summary>
/// Sentences written the way public-procurement IT-service contracts write them, none taken from the seeds: the rules
/// must read the language, not five files.
/// </summary>
public sealed class ClauseSentenceTests
{
    private const string Header = "甲方：北京市某某区人民医院\n\n乙方：北京某某软件有限公司\n\n合同总价款为人民币壹佰万元整（¥1,000,000.00元）。\n\n";

    private static ContractDraft Draft(string clauses) => ContractDrafter.Draft(Header + "第八条 违约责任\n\n" + clauses);

    private static PenaltyDefinition Single(string clause) => Assert.Single(Draft(clause).Definition.Penalties);

    [Fact]
    public void PerDay_WanFenZhi_OnTheUnfinishedPart_CappedAtTenPercentOfTheTotal()
    {
        var p = Single("1、乙方逾期交付的，每逾期一日，按未完成部分金额的万分之五向甲方支付违约金，违约金总额不超过合同总额的10%。");

        Assert.Equal((PenaltyShape.PerDay, 0.0005m, AmountBase.LineItem), (p.Shape, p.Amount!.Rate, p.Amount.Base));
        Assert.Equal(new CapRule { Rate = 0.1m, Base = AmountBase.ContractTotal, Scope = CapScope.Clause }, p.Cap);
        Assert.Equal(ConfidenceLevel.Medium, p.Confidence!.Level);
    }

    [Fact]
    public void PerThreeDays_PerMille_OfTheItemsAmount()
    {
        var p = Single("2、因乙方原因导致项目延期的，每延期3天，甲方有权扣除该项金额的5‰，最多不超过该项金额的10%。");

        Assert.Equal((PenaltyShape.PerPeriod, 3, 0.005m, AmountBase.LineItem), (p.Shape, p.Period!.N, p.Amount!.Rate, p.Amount.Base));
        Assert.Equal(new CapRule { Rate = 0.1m, Base = AmountBase.LineItem, Scope = CapScope.LineItem }, p.Cap);
    }

    [Fact]
    public void ClientLatePayment_BaiFenZhi_IsInterestOwedByTheClient()
    {
        var p = Single("3、甲方逾期支付合同款的，每逾期一天，甲方应向乙方支付未付款的百分之零点五作为违约金。");

        Assert.Equal((ObligationParty.Client, PenaltyShape.Interest, 0.005m, AmountBase.UnpaidAmount), (p.Payer, p.Shape, p.Amount!.Rate, p.Amount.Base));
    }

    [Fact]
    public void FixedAmountPerPersonAndDay_WithAGrace()
    {
        var p = Single("4、驻场人员缺岗超过2个工作日未补齐的，甲方有权按每人每天500元扣除服务费用。");

        Assert.Equal((PenaltyShape.PerPersonDay, PenaltyTrigger.Vacancy, 500m), (p.Shape, p.Trigger, p.Amount!.Amount));
        Assert.Equal(new Span { N = 2, Unit = SpanUnit.WorkingDays }, p.Grace);
    }

    [Fact]
    public void ChineseNumeralAmount_PerOccurrence_WithATerminationRight()
    {
        var p = Single("5、乙方擅自更换项目经理的，每发生一次，乙方应向甲方支付违约金贰万元，情节严重的，甲方有权解除本合同。");

        Assert.Equal((PenaltyShape.PerOccurrence, 20_000m, true), (p.Shape, p.Amount!.Amount, p.TerminationRight));
    }

    [Fact]
    public void LateBeyondThirtyDays_IsATerminationRightAfterItsGrace()
    {
        var p = Single("6、乙方逾期超过30日仍未完成整改的，甲方有权解除合同。");

        Assert.Equal(PenaltyShape.TerminationRight, p.Shape);
        Assert.True(p.TerminationRight);
    }

    [Theory]
    [InlineData("1、乙方应在合同签订后5个工作日内向甲方缴纳合同总额5%的履约保证金。", "performance bond (履约保证金) not supported yet")]
    [InlineData("2、系统月可用率低于99.9%的，扣除当月服务费的5%；低于99%的，扣除当月服务费的10%。", "service credit by availability band on a period's fee not supported yet")]
    [InlineData("3、甲方根据季度考核得分乘以考核系数支付当期服务费。", "payment scaled by a score or coefficient not supported yet")]
    [InlineData("4、乙方逾期10日以内的，每日按合同总额的0.1%支付违约金，超过10日的，每日按合同总额的0.2%支付违约金。", "stepped rate (a daily rate that changes after N days) not supported yet")]
    [InlineData("5、乙方在服务期内累计违约3次的，甲方有权解除合同。", "a threshold on a count of occurrences (累计…次) is not supported yet")]
    public void ClausesTheFormatCannotSay_AreUnrecognized_NeverAGuessedRule(string clause, string reason)
    {
        var draft = Draft(clause);

        Assert.Empty(draft.Definition.Penalties);
        Assert.Empty(draft.Definition.Payments);
        Assert.All(draft.Unrecognized, unread => Assert.Equal(reason, unread.Reason));
        Assert.Equal(clause, string.Concat(draft.Unrecognized.Select(unread => unread.Text)));
    }

    [Fact]
    public void FiguresAndCapitalsThatDisagree_AreAWarning()
    {
        var draft = ContractDrafter.Draft("甲方：北京市某某医院\n\n乙方：某某科技有限公司\n\n本合同总价款为人民币壹佰万元整（¥1,200,000.00元）。\n");

        var warning = Assert.Single(draft.Warnings, w => w.Path == "total");
        Assert.Equal("the figures ¥1,200,000.00 and the 大写 壹佰万元整 (¥1,000,000.00) disagree", warning.Message);
    }

    [Fact]
    public void Payment_WithinWorkingDaysOfAcceptance_WithItsConditions()
    {
        var draft = Draft("第四条 付款方式\n\n2、项目终验合格且乙方无违约行为的，甲方在收到乙方发票后15个工作日内支付合同总价的40%，即人民币肆拾万元整（¥400,000.00元）。");

        var payment = Assert.Single(draft.Definition.Payments);
        Assert.Equal((400_000m, 0.4m), (payment.Amount, payment.Share));
        Assert.Equal(new DueRule { From = new Anchor { Event = "accepted" }, Within = new Span { N = 15, Unit = SpanUnit.WorkingDays } }, payment.Due);
        Assert.Equal([PaymentCondition.Acceptance, PaymentCondition.NoBreach], payment.Conditions.ToArray());
    }

    [Fact]
    public void SourceSpans_AreUtf16OffsetsIntoThePostedText()
    {
        var clause = "1、乙方每逾期一日，应按合同总金额的千分之二向甲方支付违约金。";
        var text = Header + "第八条 违约责任\n\n" + clause;

        var p = Assert.Single(ContractDrafter.Draft(text).Definition.Penalties);

        Assert.Equal(clause, text[p.Source!.Start..p.Source.End]);
    }

    [Fact]
    public void CreditCode_WithAWrongCheckCharacter_IsNotTakenAsTheId()
    {
        var draft = ContractDrafter.Draft("甲方：北京市某某医院\n\n统一社会信用代码：12110000400686566X\n\n乙方：某某科技有限公司\n\n统一社会信用代码：91110106MA01A51E7B\n\n合同总价款为¥10,000元。");

        Assert.Null(draft.Definition.Institution!.Id);
        Assert.Equal("91110106MA01A51E7B", draft.Definition.Vendor!.Id);
        Assert.Contains(draft.Warnings, w => w.Path == "institution.id" && w.Message.Contains("check character"));
    }

    [Fact]
    public void TextThatIsNotAContract_SaysWhy() =>
        Assert.Equal("does not read as a contract: no 甲方 or 乙方 is named", ContractDrafter.NotAContract(ContractDrafter.Draft("会议纪要：本周讨论了三个议题。")));
}

using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Drafting;

namespace VendorGrid.Tests.Domain.Drafting;

/// <summary>Obligation sentences of the same language, none taken from the seeds.</summary>
public sealed class ObligationSentenceTests
{
    private static DraftDefinition Draft(string clauses) => ContractDrafter.Draft(
        "甲方：北京市某某区人民医院\n\n乙方：北京某某软件有限公司\n\n合同总价款为人民币壹佰万元整（¥1,000,000.00元）。\n\n第五条 服务要求\n\n" + clauses).Definition;

    [Fact]
    public void LastMonthsReport_ByTheFifth()
    {
        var o = Assert.Single(Draft("1、乙方应在每月5日前向甲方提交上一月的运维月报。").Obligations);

        Assert.Equal((ObligationKind.Recurring, ObligationParty.Vendor), (o.Kind, o.Party));
        Assert.Equal(new Recurrence { Every = Frequency.Month, Align = PeriodAlignment.Calendar, RelativeTo = PeriodReference.PeriodEnd, DayOfMonth = 5 }, o.Recurrence);
    }

    [Fact]
    public void QuarterlyReport_AndTheClientsReviewWithDeemedApproval()
    {
        var obligations = Draft("2、乙方应每季度向甲方提交季度运维报告；甲方应在收到报告后10个工作日内审核，逾期未提出异议的，视为审核通过。").Obligations;

        Assert.Equal(2, obligations.Length);
        Assert.Equal(Frequency.Quarter, obligations[0].Recurrence!.Every);
        Assert.Equal((ObligationKind.Review, ObligationParty.Client), (obligations[1].Kind, obligations[1].Party));
        Assert.Equal(new ReviewRule { Of = obligations[0].Id, Within = new Span { N = 10, Unit = SpanUnit.WorkingDays } }, obligations[1].Review);
    }

    [Fact]
    public void ResponseAndRestoreClocks()
    {
        var o = Assert.Single(Draft("3、乙方提供7×24小时服务，接到故障报告后30分钟内响应，4小时内恢复系统运行。").Obligations);

        Assert.Equal(ObligationKind.ResponseClock, o.Kind);
        Assert.Equal([("response", "responded", 30, SpanUnit.Minutes), ("restore", "restored", 4, SpanUnit.Hours)],
            o.Clocks.Select(c => (c.Name, c.Until, c.Within.N, c.Within.Unit)).ToArray());
    }

    [Fact]
    public void Availability_NotBelowATarget()
    {
        var o = Assert.Single(Draft("4、乙方保证系统可用率不低于99.9%。").Obligations);

        Assert.Equal(new ServiceLevelRule { Metric = ServiceMetric.Availability, Target = 0.999m }, o.ServiceLevel);
    }

    [Fact]
    public void RenewalNotice_ByTheClient_BeforeTheTermEnds()
    {
        var o = Assert.Single(Draft("5、合同期满前30日，甲方应书面通知乙方是否续签。").Obligations);

        Assert.Equal((ObligationKind.Notice, ObligationParty.Client), (o.Kind, o.Party));
        Assert.Equal(new DueRule { From = new Anchor { Event = "term-end" }, Before = new Span { N = 30, Unit = SpanUnit.CalendarDays } }, o.Due);
    }

    [Fact]
    public void GoLive_WithinCalendarDaysOfSigning()
    {
        var o = Assert.Single(Draft("6、乙方应在合同签订之日起60个自然日内完成系统部署上线。").Obligations);

        Assert.Equal(new DueRule { From = new Anchor { Event = "signed" }, Within = new Span { N = 60, Unit = SpanUnit.CalendarDays } }, o.Due);
    }

    [Fact]
    public void TeamMinimum_WithRulesForEveryRole()
    {
        var staffing = Assert.Single(Draft("7、乙方运维团队至少5人，项目人员在合同签订后10个工作日内到岗。").Staffing);

        Assert.Equal(("运维团队", 5), (staffing.Title, staffing.Minimum));
        Assert.Equal(new Span { N = 10, Unit = SpanUnit.WorkingDays }, staffing.OnSiteWithin);
    }
}

using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// What the end of a contract does (DOMAIN.md §2 status, issue items 2 and 12): vacating and storage after the end,
/// lateness that stops growing, no new instances, client duties never overdue before their trigger.
/// </summary>
public sealed class ContractEndTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"))));

    private static FactSketch Terminated(string local) => Fact("term", FactTypes.Terminated, local) with { ClauseId = "c2-quality-not-rectified" };

    private static LedgerEntry? Storage(ContractEvaluation e) => e.Ledger.SingleOrDefault(x => x.ClauseId == "c2-not-vacated-storage");

    /// <summary>
    /// 第八条第5款「在本合同终止之日起7日内，乙方工作人员应将其所有的物品全部带走…乙方应向甲方支付每日500元的存放费。若超过15日乙方仍未将
    /// 存放物品取走，则视为乙方放弃所有权，甲方可以自行处置并要求乙方承担处置费用」.
    /// </summary>
    [Theory]
    [InlineData("2026-06-25T10:00:00", 4000.00)]  // storage 06-18 … 06-25: 8 days
    [InlineData(null, 7500.00)]                   // never collected: 15 days, then deemed abandoned
    public void C2_StorageFee_IsFiveHundredADayFromDayEight_ForAtMostFifteenDays(string? vacatedAt, double expected)
    {
        var facts = new List<ContractFact> { Terminated("2026-06-10T09:00:00") };
        if (vacatedAt is not null) facts.Add(WorkedExamplesTests.Met("c2-vacate", vacatedAt));
        var e = Evaluate(C2.Value, "2026-09-01T00:00:00", [.. facts]);
        Assert.Equal(At("2026-06-17T23:59:59"), e.Obligations.Single(o => o.Id == "c2-vacate").DueAt);
        Assert.Equal((decimal)expected, Storage(e)!.Amount);
    }

    [Fact]
    public void C2_DisposalCosts_AreChargedAsIncurred()
    {
        var disposal = Fact("disp-1", FactTypes.Occurrence, "2026-07-10T10:00:00") with { ClauseId = "c2-disposal-costs", Amount = 3200.50m };
        var e = Evaluate(C2.Value, "2026-09-01T00:00:00", Terminated("2026-06-10T09:00:00"), disposal);
        Assert.Equal(3200.50m, e.Ledger.Single(x => x.ClauseId == "c2-disposal-costs").Amount);
    }

    [Fact]
    public void C2_AtTheTermsEnd_VacatingIsDueSevenDaysLater_AndWaitsOnThe2027Notice()
    {
        var provisional = ContractEngine.Evaluate(C2.Value, [], At("2027-04-30T00:00:00"), CalendarTestData.NationalCalendar);
        var vacate = provisional.Obligations.Single(o => o.Id == "c2-vacate");
        Assert.Equal((At("2027-03-09T23:59:59"), true), (vacate.DueAt, vacate.Provisional));
        Assert.Null(Storage(provisional));
        var loaded = ContractEngine.Evaluate(C2.Value, [], At("2027-04-30T00:00:00"), CalendarTestData.NationalCalendar.WithYear(CalendarTestData.Year2027()));
        Assert.Equal(7500.00m, Storage(loaded)!.Amount);
        Assert.Equal(At("2027-03-02T23:59:59"), loaded.EndedAt);
    }

    [Fact]
    public void C2_AfterATermination_LatenessStopsGrowing_AndNoNewMonthlyInstancesArise()
    {
        var e = Evaluate(C2.Value, "2026-06-01T00:00:00", Terminated("2026-03-27T18:00:00"));
        var goLive = e.Obligations.Single(o => o.Id == "c2-go-live");
        Assert.Equal((ObligationStatus.Breached, 5), (goLive.Status, goLive.LateDays));  // materials not returned push the late days past 10
        Assert.Equal(22125.00m, e.Ledger.Single(x => x.Id == "c2-late-performance:c2-go-live").Amount);
        Assert.Equal(At("2026-03-27T18:00:00"), e.EndedAt);
        Assert.Contains(e.Obligations, o => o.Id == "c2-daily-maintenance-log@2026-03-01");
        Assert.DoesNotContain(e.Obligations, o => o.Id == "c2-daily-maintenance-log@2026-04-01");
    }

    /// <summary>第四条第2款: the final payment counts from acceptance, so before it the payment has no due date and is never overdue.</summary>
    [Fact]
    public void C2_FinalPayment_IsNeverOverdueBeforeItsTrigger()
    {
        var final = Evaluate(C2.Value, "2027-06-01T00:00:00").Payments.Single(p => p.Id == "c2-pay-final");
        Assert.Equal((PaymentStatus.Scheduled, (DateTimeOffset?)null), (final.Status, final.DueAt));
    }

    /// <summary>C5 4.2.2「第三次支付：甲方于…核实确认且项目验收合格后支付，最晚于下一年度完成支付」: not overdue while acceptance is missing.</summary>
    [Fact]
    public void C5_ThirdPayment_IsNotOverdueWhileAcceptanceIsMissing()
    {
        var c5 = Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c5-booking-platform-2024.json")));
        var invoice = Fact("inv-3", FactTypes.InvoiceReceived, "2025-12-01T10:00:00") with { PaymentId = "c5-pay-3" };
        var third = Evaluate(c5, "2026-02-01T00:00:00", invoice).Payments.Single(p => p.Id == "c5-pay-3");
        Assert.Equal(PaymentStatus.Due, third.Status);
        Assert.Contains("acceptance", third.UnmetConditions);
    }

    /// <summary>
    /// 第三条1.1「乙方保证上述培训在本合同服务期内每年不少于4次」with 第一条第5款「甲方确认系统上线使用后，进入本合同约定的12个月运维服务期」:
    /// the year counts from go-live; the term ends on 2027-03-02 before it is over, and all four are due by then (DOMAIN.md §2).
    /// </summary>
    [Fact]
    public void C2_Trainings_CountFromGoLive_AndTheYearCutShortByTheTermKeepsItsFullCount()
    {
        Assert.DoesNotContain(Evaluate(C2.Value, "2026-03-10T00:00:00").Obligations, o => o.ClauseId == "c2-training");
        var goLive = WorkedExamplesTests.Met("c2-go-live", "2026-03-20T16:00:00");
        var trainings = new[] { "2026-05-10", "2026-08-10", "2026-11-10" }
            .Select((d, i) => Fact($"t{i}", FactTypes.Milestone, d + "T10:00:00") with { Name = "training" }).ToList();
        var three = Evaluate(C2.Value, "2027-03-05T00:00:00", [goLive, .. trainings]).Obligations.Single(o => o.ClauseId == "c2-training");
        Assert.Equal(("c2-training@2026-03-20", At("2027-03-02T23:59:59"), ObligationStatus.Breached), (three.Id, three.DueAt, three.Status));
        trainings.Add(Fact("t3", FactTypes.Milestone, "2027-02-20T10:00:00") with { Name = "training" });
        var four = Evaluate(C2.Value, "2027-03-05T00:00:00", [goLive, .. trainings]).Obligations.Single(o => o.ClauseId == "c2-training");
        Assert.Equal(ObligationStatus.Met, four.Status);
    }
}

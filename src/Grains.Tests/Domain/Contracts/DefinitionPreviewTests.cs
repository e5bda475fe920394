using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// The editor's preview (issue 18 §2): each penalty's own formula on a stated case, with the ledger's arithmetic and cap,
/// and the first deadlines on the national calendar — from the definition alone, never from today.
/// </summary>
public sealed class DefinitionPreviewTests
{
    private static ContractDefinition Seed(string id) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));

    private static PenaltyExample Example(DefinitionPreviewResult preview, string id) => preview.Penalties.Single(p => p.PenaltyId == id);

    [Fact]
    public void C2_LatePerformance_TenDaysAtThreePerMilleOfTheTotal_And_GoLive45DaysAfterSigning()
    {
        var preview = DefinitionPreview.Of(Seed("c2-chaoyang-his-2026"), CalendarTestData.NationalCalendar);

        // DOMAIN.md example 1: 5 × 0.3 % × ¥1,475,000.00 = ¥22,125.00; ten days are twice that.
        var late = Example(preview, "c2-late-performance");
        Assert.Equal(("逾期 10 天", 44_250.00m, false), (late.Case, late.Amount, late.Capped));
        Assert.Equal("第八条第4款: 10 天 × 0.3% × ¥1,475,000.00; 逾期 10 天", late.Formula);
        // DOMAIN.md example 1: delivery due 2026-03-22 (signed 2026-02-05 + 45 calendar days), end of that day in Beijing.
        var goLive = preview.Deadlines.Single(d => d.ClauseId == "c2-go-live");
        Assert.Equal((new DateOnly(2026, 3, 22), DateTimeOffset.Parse("2026-03-22T23:59:59+08:00")), (goLive.DueDate, goLive.DueAt));
        Assert.Equal(10, preview.Deadlines.Length);
        Assert.Equal(preview.Deadlines.Length, preview.Deadlines.Select(d => d.ClauseId).Distinct().Count());
        Assert.Equal(preview.Deadlines.OrderBy(d => d.DueAt).Select(d => d.ObligationId), preview.Deadlines.Select(d => d.ObligationId));
    }

    [Fact]
    public void C3_PerPeriodClauses_OnTheLineItemAndOnTheUnpaidInstallment_AndARange()
    {
        var preview = DefinitionPreview.Of(Seed("c3-medical-registration-ops-2024"), CalendarTestData.NationalCalendar);

        // 9.1: 1 % of the delayed line item per 2 days; the example takes the first line item (¥120,000.00): 5 periods = the 5 % cap.
        var delay = Example(preview, "c3-vendor-delay");
        Assert.Equal(("逾期 10 天", 6_000.00m, false), (delay.Case, delay.Amount, delay.Capped));
        // 9.2: 1 % of the unpaid installment per 15 days: 30 days (two periods, so not ¥0) × 1 % × ¥904,500.00.
        var clientLate = Example(preview, "c3-client-late");
        Assert.Equal(("逾期付款 30 天", 18_090.00m, false), (clientLate.Case, clientLate.Amount, clientLate.Capped));
        // 10.4: 1 %–5 % of the total per occurrence: the lower bound.
        var complaint = Example(preview, "c3-complaint-mishandling");
        Assert.Equal(("发生 1 次（按下限）", 18_090.00m), (complaint.Case, complaint.Amount));
        Assert.Null(Example(preview, "c3-breach-termination").Amount);
    }

    [Fact]
    public void C1_LateStart_AtItsCap_AndCappedWhenTheCapIsLower()
    {
        var definition = Seed("c1-childrens-internet-hospital-2016");
        var clause = definition.Penalties.Single(p => p.Id == "c1-late-service");
        var lowerCap = definition with { Penalties = definition.Penalties.Replace(clause, clause with { Cap = clause.Cap! with { Rate = 0.1m } }) };

        // 2 % of ¥972,000.00 a day: ten days are ¥194,400.00, exactly the 20 % cap — reached, not exceeded.
        var atCap = Example(DefinitionPreview.Of(definition, CalendarTestData.NationalCalendar), "c1-late-service");
        var capped = Example(DefinitionPreview.Of(lowerCap, CalendarTestData.NationalCalendar), "c1-late-service");

        Assert.Equal((194_400.00m, false), (atCap.Amount, atCap.Capped));
        Assert.Equal((97_200.00m, true), (capped.Amount, capped.Capped));
        Assert.EndsWith("; 封顶 ¥97,200.00", capped.Formula);
    }
}

using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue item 13. C2 第八条第4款「乙方以每逾期一日承担本合同总价款千分之三的违约金标准，按照实际逾期天数向甲方支付违约金」has no cap: the
/// contract's amount is kept, and past 30 % of the total both parties are warned under Civil Code art. 585.
/// </summary>
public sealed class EnforcementWarningTests
{
    private static readonly Lazy<ContractDefinition> C2 = new(() =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"))));

    [Fact]
    public void C2_LateGoLive_Past30PercentOfTheTotal_KeepsTheAmount_AndWarnsCitingArticle585()
    {
        // live 67 days late: 67 × ¥4,425 + the one-time 10 % ¥147,500 = ¥443,975 > 30 % of ¥1,475,000 = ¥442,500
        var e = Evaluate(C2.Value, "2026-06-01T00:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-05-28T10:00:00"));
        Assert.Equal(443_975.00m, e.Ledger.Where(l => l.ClauseId == "c2-late-performance").Sum(l => l.Amount));
        var warning = Assert.Single(e.Warnings);
        Assert.Equal(("civil-code-585", "c2-late-performance", "第八条第4款", 443_975.00m, 442_500.00m),
            (warning.Code, warning.ClauseId, warning.Article, warning.Amount, warning.Threshold));
        Assert.Contains("第五百八十五条", warning.Message);
    }

    [Fact]
    public void C2_SixtySixDaysLate_StaysUnder30Percent_NoWarning()
    {
        // 66 × ¥4,425 + ¥147,500 = ¥439,550
        var e = Evaluate(C2.Value, "2026-06-01T00:00:00", WorkedExamplesTests.Met("c2-go-live", "2026-05-27T10:00:00"));
        Assert.Empty(e.Warnings);
    }

    /// <summary>A capped clause never warns: C1 第八条第13款「但违约金的最高限额为合同总价的20%」.</summary>
    [Fact]
    public void ACappedClause_NeverWarns()
    {
        var c1 = Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c1-childrens-internet-hospital-2016.json")));
        var e = Evaluate(c1, "2016-07-01T00:00:00");
        Assert.Equal(194_400.00m, e.Ledger.Where(l => l.ClauseId == "c1-late-service").Sum(l => l.Amount));
        Assert.DoesNotContain(e.Warnings, w => w.ClauseId == "c1-late-service");
    }
}

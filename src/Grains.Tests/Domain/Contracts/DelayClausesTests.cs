using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue item 8. C3 9.1「由于乙方的原因造成总体工程延期，每延期2天，乙方同意甲方扣除延期项目金额的1%。但最多不超过5%」: the base is the
/// delayed line item, the cap is 5 % of that item over all its delays. C4 8.1「每延期2天，乙方同意甲方扣除合同金额的1%。但最多不超过合同总额的5%」:
/// the contract amount, no line item, one cap for the clause.
/// </summary>
public sealed class DelayClausesTests
{
    private static ContractDefinition Seed(string id) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));

    private static readonly Lazy<ContractDefinition> C3 = new(() => Seed("c3-medical-registration-ops-2024"));
    private static readonly Lazy<ContractDefinition> C4 = new(() => Seed("c4-health-commission-medadmin-ops-2024"));

    private static FactSketch Delay(string id, string clause, string at, int? days, string? lineItem = null, string? obligation = null) =>
        Fact(id, FactTypes.Occurrence, at) with { ClauseId = clause, Days = days, LineItemId = lineItem, ObligationId = obligation };

    [Fact]
    public void C3_ADelayWithoutItsLineItem_IsRefused_NeverChargedOnTheContractTotal()
    {
        var errors = FactValidator.Validate(Delay("d0", "c3-vendor-delay", "2024-09-01T10:00:00", 7), C3.Value, new HashSet<string>());
        Assert.Equal(["lineItemId"], errors.Select(e => e.Path));
        Assert.Empty(FactValidator.Validate(Delay("d0", "c3-vendor-delay", "2024-09-01T10:00:00", 7, "doctor-5-3"), C3.Value, new HashSet<string>()));
    }

    [Fact]
    public void C3_TheFivePercentCap_IsPerLineItem_OverAllItsDelays()
    {
        var e = Evaluate(C3.Value, "2024-12-01T00:00:00",
            Delay("d1", "c3-vendor-delay", "2024-09-01T10:00:00", 6, "doctor-5-3"),   // 医师公示系统维护 ¥20,000: 3 % = 600
            Delay("d2", "c3-vendor-delay", "2024-10-01T10:00:00", 6, "doctor-5-3"),   // another 600 would pass 5 % = 1,000: 400
            Delay("d3", "c3-vendor-delay", "2024-10-01T10:00:00", 6, "nurse-5-3"));   // 护士公示系统维护, its own cap: 600
        Assert.Equal([600.00m, 400.00m, 600.00m], e.Ledger.Where(l => l.ClauseId == "c3-vendor-delay").OrderBy(l => l.ProposedAt).ThenBy(l => l.Id).Select(l => l.Amount));
    }

    [Fact]
    public void C3_ADelayTiedToTheLateDeliverable_TakesItsLateDays()
    {
        var report = WorkedExamplesTests.Met("c3-quarterly-report@2024-08-11", "2024-11-17T10:00:00");  // due 11-10: 7 days late
        var delay = Delay("d4", "c3-vendor-delay", "2024-11-18T10:00:00", null, "doctor-1-1", "c3-quarterly-report@2024-08-11");
        var entry = Evaluate(C3.Value, "2024-12-01T00:00:00", report, delay).Ledger.Single(l => l.ClauseId == "c3-vendor-delay");
        Assert.Equal(3600.00m, entry.Amount);  // 3 completed 2-day periods × 1 % × ¥120,000
        Assert.Contains("3 个2天周期", entry.Basis);
    }

    [Fact]
    public void C4_ChargesTheContractAmount_WithOneCapOfFivePercentOfTheTotal()
    {
        var e = Evaluate(C4.Value, "2024-12-01T00:00:00",
            Delay("a", "c4-vendor-delay", "2024-07-01T10:00:00", 7),
            Delay("b", "c4-vendor-delay", "2024-08-01T10:00:00", 7));
        Assert.Equal([22_341.00m, 14_894.00m], e.Ledger.Where(l => l.ClauseId == "c4-vendor-delay").OrderBy(l => l.ProposedAt).Select(l => l.Amount));
        Assert.Empty(FactValidator.Validate(Delay("c", "c4-vendor-delay", "2024-07-01T10:00:00", 7), C4.Value, new HashSet<string>()));
    }

    [Theory]
    [InlineData("""{ "rate": 0.01, "base": "line-item" }""", "occurrence", "penalties[0].amount.base")]  // no line items in this contract
    [InlineData("""{ "rate": 0.01, "base": "unpaid-amount" }""", "occurrence", "penalties[0].amount.base")]  // nothing unpaid to take it of
    [InlineData("""{ "rate": 0.01, "base": "estimate" }""", "occurrence", "penalties[0].amount.base")]  // not usage-priced
    public void ARateWhoseBaseCannotBeResolved_IsRefusedNamingTheField(string amount, string trigger, string field)
    {
        var json = $$"""
            { "id": "bad-base", "title": "t", "institution": { "id": "121100004006863122", "name": "a" }, "vendor": { "id": "91110106MA01A51E7B", "name": "b" },
              "signedOn": "2024-05-16", "term": { "start": "2024-08-11", "end": "2025-08-10" }, "total": 1809000,
              "penalties": [{ "id": "delay", "article": "9.1", "summary": "s", "shape": "per-occurrence", "trigger": "{{trigger}}", "amount": {{amount}} }] }
            """;
        Assert.Equal([field], ContractJson.ParseDefinition(json).Errors.Select(e => e.Path));
    }
}

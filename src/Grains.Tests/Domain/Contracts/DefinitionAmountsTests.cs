using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue 18, bad input: a submitted definition's line items must agree with its total and each with its own
/// people × months × unit price, or the field at fault is named (the editor shows the same messages as you type).
/// </summary>
public sealed class DefinitionAmountsTests
{
    private static JsonObject SeedNode(string id) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")))!.AsObject();

    [Theory]
    [InlineData("c1-childrens-internet-hospital-2016", 1)]
    [InlineData("c2-chaoyang-his-2026", 0)]
    [InlineData("c3-medical-registration-ops-2024", 76)]
    [InlineData("c4-health-commission-medadmin-ops-2024", 35)]
    [InlineData("c5-booking-platform-2024", 0)]
    public void EverySeed_AgreesWithItself(string seed, int lineItems)
    {
        var parsed = ContractJson.ParseSubmitted(SeedNode(seed).ToJsonString());
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Equal(lineItems, parsed.Value!.LineItems.Length);
    }

    /// <summary>C3's 76 items add up to ¥1,809,000.00; one item ¥1,000 more makes ¥1,810,000.00.</summary>
    [Fact]
    public void LineItemsThatDoNotAddUpToTheTotal_AreRefusedUnderLineItems()
    {
        var c3 = SeedNode("c3-medical-registration-ops-2024");
        var first = c3["lineItems"]![0]!.AsObject();
        foreach (var member in new[] { "people", "months", "unitPrice" }) first.Remove(member);
        first["amount"] = first["amount"]!.GetValue<decimal>() + 1_000m;

        var parsed = ContractJson.ParseSubmitted(c3.ToJsonString());

        var error = Assert.Single(parsed.Errors);
        Assert.Equal(("lineItems", "分项金额合计 ¥1,810,000.00 与合同总额 ¥1,809,000.00 不一致"), (error.Path, error.Message));
        Assert.True(ContractJson.ParseDefinition(c3.ToJsonString()).IsValid);  // a stored definition still reads back
    }

    /// <summary>C1's one item priced 1 × 12 × ¥81,000 = ¥972,000 but written as ¥970,000: wrong at the item, and short of the total.</summary>
    [Fact]
    public void AnItemThatIsNotItsPeopleTimesMonthsTimesUnitPrice_IsRefusedAtItsAmount()
    {
        var c1 = SeedNode("c1-childrens-internet-hospital-2016");
        var item = c1["lineItems"]![0]!.AsObject();
        (item["people"], item["months"], item["unitPrice"], item["amount"]) = (1, 12, 81_000, 970_000);

        var parsed = ContractJson.ParseSubmitted(c1.ToJsonString());

        Assert.Equal([("lineItems[0].amount", "第 1 项：人数 × 月数 × 单价 = ¥972,000.00，与金额 ¥970,000.00 不一致"),
            ("lineItems", "分项金额合计 ¥970,000.00 与合同总额 ¥972,000.00 不一致")], parsed.Errors.Select(e => (e.Path, e.Message)));
        item["amount"] = 972_000;
        Assert.True(ContractJson.ParseSubmitted(c1.ToJsonString()).IsValid);
    }
}

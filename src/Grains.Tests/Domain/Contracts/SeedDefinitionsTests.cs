using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// The five seed contracts in <c>seeds/</c> are data the platform ships with: each must parse and validate,
/// carry the exact header facts of its contract, and cover every clause DOMAIN.md §4 names (as mapped in
/// seeds/README.md).
/// </summary>
public sealed partial class SeedDefinitionsTests
{
    private static readonly string[] AllSeeds =
    [
        "c1-childrens-internet-hospital-2016",
        "c2-chaoyang-his-2026",
        "c3-medical-registration-ops-2024",
        "c4-health-commission-medadmin-ops-2024",
        "c5-booking-platform-2024",
    ];

    public static readonly TheoryData<string> SeedIds = new(AllSeeds);

    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && File.Exists(Path.Combine(dir.FullName, "VendorGrid.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no folder with seeds/ and VendorGrid.sln above {AppContext.BaseDirectory}");
    }

    private static string SeedPath(string id) => Path.Combine(RepoRoot.Value, "seeds", id + ".json");

    private static ContractDefinition Load(string id)
    {
        var result = ContractJson.ParseDefinition(File.ReadAllText(SeedPath(id)));
        Assert.True(result.IsValid, $"{id}: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Value!;
    }

    [Fact]
    public void The_seed_folder_holds_exactly_the_five_contracts()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot.Value, "seeds"), "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        Assert.Equal(AllSeeds.Order().ToArray(), files);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_seed_parses_with_no_errors_and_its_file_name_is_its_id(string id)
    {
        var result = ContractJson.ParseDefinition(File.ReadAllText(SeedPath(id)));
        Assert.Empty(result.Errors);
        Assert.Equal(id, result.Value!.Id);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_clause_has_an_article_a_summary_and_a_contract_prefixed_id(string id)
    {
        var d = Load(id);
        var prefix = id[..3];
        var clauses = d.Obligations.Cast<IClause>().Concat(d.Penalties).ToList();
        Assert.NotEmpty(clauses);
        Assert.All(clauses, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Article), $"{c.Id} has no article");
            Assert.False(string.IsNullOrWhiteSpace(c.Summary), $"{c.Id} has no summary");
            Assert.StartsWith(prefix, c.Id, StringComparison.Ordinal);
        });
        Assert.All(d.Payments, p => Assert.False(string.IsNullOrWhiteSpace(p.Article), $"{p.Id} has no article"));
    }

    [Theory]
    [InlineData("c1-childrens-internet-hospital-2016", "12110000400686566Y", "首都医科大学附属首都儿童医学中心", "911100006336972074", "首都信息发展股份有限公司",
        "972000", "2016-04-16", "2016-04-16", "2017-04-15")]
    [InlineData("c2-chaoyang-his-2026", "121100004006863122", "首都医科大学附属北京朝阳医院", "91110106MA01A51E7B", "首信医联信息技术有限公司",
        "1475000", "2026-02-05", "2026-02-05", "2027-03-02")]
    [InlineData("c3-medical-registration-ops-2024", "bj-health-data-center", "北京市卫生健康大数据与政策研究中心", "minke-medical", "北京民科医疗科技有限公司",
        "1809000", "2024-05-16", "2024-08-11", "2025-08-10")]
    [InlineData("c4-health-commission-medadmin-ops-2024", "bj-health-data-center", "北京市卫生健康大数据与政策研究中心", "huaan-zhongcheng", "北京华安众成信息技术有限公司",
        "744700", "2024-05-17", "2024-06-06", "2025-06-05")]
    [InlineData("c5-booking-platform-2024", "bj-health-commission", "北京市卫生健康委员会", "911100008016572721", "中国联合网络通信有限公司北京市分公司",
        "19000000", "2024-01-31", "2024-02-01", "2025-01-31")]
    public void Header_facts_are_those_printed_in_the_contract(string id, string institutionId, string institution, string vendorId, string vendor,
        string total, string signedOn, string termStart, string termEnd)
    {
        var d = Load(id);
        Assert.Equal((institutionId, institution), (d.Institution.Id, d.Institution.Name));
        Assert.Equal((vendorId, vendor), (d.Vendor.Id, d.Vendor.Name));
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), d.Total);
        Assert.Equal(DateOnly.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture), d.SignedOn);
        Assert.Equal(DateOnly.Parse(termStart, System.Globalization.CultureInfo.InvariantCulture), d.Term.Start);
        Assert.Equal(DateOnly.Parse(termEnd, System.Globalization.CultureInfo.InvariantCulture), d.Term.End);
    }

    [Fact]
    public void C2_carries_its_number_vat_and_two_equal_installments()
    {
        var d = Load("c2-chaoyang-his-2026");
        Assert.Equal("朝医-2026-AC-信息管理办公室-117-5", d.Number);
        Assert.Equal(83490.57m, d.Vat);
        Assert.Null(d.ClaimWindowDays);
        Assert.Equal([737500m, 737500m], d.Payments.Select(p => p.Amount!.Value).ToArray());
        Assert.Equal(d.Total, d.Payments.Sum(p => p.Amount));
    }

    [Fact]
    public void C1_has_a_seven_day_claim_window_and_payments_summing_to_the_total()
    {
        var d = Load("c1-childrens-internet-hospital-2016");
        Assert.Equal(7, d.ClaimWindowDays);
        Assert.Equal([291600m, 583200m, 97200m], d.Payments.Select(p => p.Amount!.Value).ToArray());
        Assert.Contains(d.Staffing, s => s.Role == "customer-service" && s.Minimum == 10);
    }

    [Fact]
    public void C3_line_items_are_people_by_months_by_unit_price_and_sum_to_the_total()
    {
        var d = Load("c3-medical-registration-ops-2024");
        Assert.Equal(76, d.LineItems.Length);  // 附件1 prints 76 priced lines
        Assert.All(d.LineItems, l => Assert.Equal(l.Amount, l.People!.Value * l.Months!.Value * l.UnitPrice!.Value));
        Assert.Equal(1_809_000m, d.LineItems.Sum(l => l.Amount));
        Assert.Contains(d.LineItems, l => l.Name == "医师公示系统维护" && l.Amount == 20_000m);
        Assert.Equal(20m, d.ChangeBudget!.FreePersonDays);
    }

    [Fact]
    public void C4_line_items_sum_to_the_total_and_to_each_module()
    {
        var d = Load("c4-health-commission-medadmin-ops-2024");
        Assert.Equal(744_700m, d.LineItems.Sum(l => l.Amount));
        var modules = d.LineItems.GroupBy(l => l.Group).ToDictionary(g => g.Key!, g => g.Sum(l => l.Amount));
        Assert.Equal(363_000m, modules["人力资源管理模块"]);
        Assert.Equal(381_700m, modules["医政信息管理模块"]);
    }

    [Fact]
    public void C5_is_usage_priced_with_the_printed_prices_and_overrun_rule()
    {
        var d = Load("c5-booking-platform-2024");
        var usage = d.Usage!;
        Assert.Equal(19_000_000m, usage.Estimate);
        Assert.Equal(0.46m, usage.Prices.Single(p => p.Channel == "online").UnitPrice);
        Assert.Equal(3.94m, usage.Prices.Single(p => p.Channel == "phone").UnitPrice);
        Assert.Equal(0.01m, usage.VendorBorneOverrunRate);
        Assert.All(d.Payments, p => Assert.Equal(new Span { N = 5, Unit = SpanUnit.WorkingDays }, p.InvoiceLeadTime));
    }

    [Fact]
    public void Every_clause_id_in_the_readme_mapping_exists_in_its_seed()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoRoot.Value, "seeds", "README.md"));
        var seeds = AllSeeds.ToDictionary(id => id[..2].ToUpperInvariant(), Load);
        var checkedIds = 0;
        foreach (var line in readme)
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            // | contract | §4 item | clause id(s) | notes |
            if (cells.Length < 5 || !seeds.TryGetValue(cells[1], out var seed)) continue;
            var known = seed.Obligations.Select(o => o.Id).Concat(seed.Penalties.Select(p => p.Id)).Concat(seed.Payments.Select(p => p.Id))
                .Concat(seed.Staffing.Select(s => s.Role)).Concat(seed.LineItems.Select(l => l.Id)).ToHashSet(StringComparer.Ordinal);
            foreach (Match m in BacktickedId().Matches(cells[3]))
            {
                Assert.True(known.Contains(m.Groups[1].Value), $"README maps '{cells[2]}' to {m.Groups[1].Value}, which {seed.Id} does not define");
                checkedIds++;
            }
        }
        Assert.True(checkedIds > 100, $"expected the README table to reference every §4 clause, found only {checkedIds} ids");
    }

    [GeneratedRegex("`([a-z0-9][a-z0-9-]*)`")]
    private static partial Regex BacktickedId();
}

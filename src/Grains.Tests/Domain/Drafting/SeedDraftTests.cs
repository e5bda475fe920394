using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Drafting;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Drafting;

/// <summary>The five seed texts drafted and measured against the hand-made definitions (docs/IMPORT.md).</summary>
public sealed class SeedDraftTests
{
    [Fact]
    public void AtLeastNinetyPercentOfPaymentsAndPenalties_AreDraftedWithTheirNumbersAndSentence()
    {
        var rows = SeedDraftComparison.Contracts.Select(SeedDraftComparison.Compare).ToList();
        var total = rows.Sum(r => r.Payments + r.Penalties);
        var drafted = rows.Sum(r => r.PaymentsDrafted + r.PenaltiesDrafted);

        Assert.Equal(71, total);
        Assert.True(drafted * 10 >= total * 9, SeedDraftComparison.Table(rows) + "\n" + string.Join("\n", SeedDraftComparison.Contracts.Select(SeedDraftComparison.Explain)));
    }

    [Fact]
    public void ImportDoc_CarriesTheMeasuredTable()
    {
        var rows = SeedDraftComparison.Contracts.Select(SeedDraftComparison.Compare).ToList();
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "IMPORT.md"));

        var table = SeedDraftComparison.Table(rows);
        Assert.True(doc.Replace("\r\n", "\n").Contains(table, StringComparison.Ordinal), "docs/IMPORT.md should carry:\n" + table);
    }

    [Theory]
    [InlineData("c1-childrens-internet-hospital-2016", "12110000400686566Y", "911100006336972074", "2016-04-16", "2016-04-16", "2017-04-15", "972000")]
    [InlineData("c2-chaoyang-his-2026", "121100004006863122", "91110106MA01A51E7B", "2026-02-05", "2026-02-05", "2027-03-02", "1475000")]
    [InlineData("c3-medical-registration-ops-2024", null, null, "2024-05-16", "2024-08-11", "2025-08-10", "1809000")]
    [InlineData("c4-health-commission-medadmin-ops-2024", null, null, "2024-05-17", "2024-06-06", "2025-06-05", "744700")]
    [InlineData("c5-booking-platform-2024", null, "911100008016572721", "2024-01-31", "2024-02-01", "2025-01-31", "19000000")]
    public void Header_IsReadAsTheSeedHasIt(string contract, string? institution, string? vendor, string signed, string start, string end, string total)
    {
        var seed = SeedDraftComparison.Seed(contract);
        var draft = ContractDrafter.Draft(SeedDraftComparison.Text(contract)).Definition;

        Assert.Equal((institution, seed.Institution.Name), (draft.Institution?.Id, draft.Institution?.Name));
        Assert.Equal((vendor, seed.Vendor.Name), (draft.Vendor?.Id, draft.Vendor?.Name));
        Assert.Equal(DateOnly.Parse(signed), draft.SignedOn);
        Assert.Equal(new Term { Start = DateOnly.Parse(start), End = DateOnly.Parse(end) }, draft.Term);
        Assert.Equal(decimal.Parse(total), draft.Total);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draft_ValidatesOnceTheIdsTheTextCannotGiveAreFilledIn(string contract)
    {
        var draft = ContractDrafter.Draft(SeedDraftComparison.Text(contract)).Definition;
        var filled = draft with
        {
            Id = "drafted-contract",
            Institution = draft.Institution! with { Id = draft.Institution.Id ?? "drafted-institution" },
            Vendor = draft.Vendor! with { Id = draft.Vendor.Id ?? "drafted-vendor" },
        };

        var parsed = ContractJson.ParseDefinition(ContractJson.Serialize(filled.ToDefinition()!));

        Assert.Empty(parsed.Errors);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EverySourceSpan_LiesInTheText_AndCoversTheArticlesWords(string contract)
    {
        var text = SeedDraftComparison.Text(contract);
        var draft = ContractDrafter.Draft(text);
        var spans = draft.Definition.Penalties.Select(p => p.Source).Concat(draft.Definition.Payments.Select(p => p.Source))
            .Concat(draft.Definition.Obligations.Select(o => o.Source)).ToList();

        Assert.All(spans, s => Assert.True(s is { Start: >= 0 } && s.End <= text.Length && s.Start < s.End));
        Assert.All(draft.Unrecognized, u => Assert.Equal(text[u.Start..u.End], u.Text));
    }

    public static TheoryData<string> Seeds() => [.. SeedDraftComparison.Contracts];
}

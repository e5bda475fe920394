using System.Text.Json.Nodes;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue 17, item 1: the most work one contract may cause. Each case is the C3 seed with one thing pushed past a bound;
/// the definition is refused with an error at that field naming the bound.
/// </summary>
public sealed class DefinitionBoundsTests
{
    private static JsonObject C3() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c3-medical-registration-ops-2024.json")))!.AsObject();

    private static IReadOnlyDictionary<string, string> Errors(JsonObject definition)
    {
        var parsed = ContractJson.ParseDefinition(definition.ToJsonString());
        Assert.False(parsed.IsValid, "expected the definition to be refused");
        return parsed.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(e => e.Message)));
    }

    [Fact]
    public void TheSeedItself_IsWithinEveryBound() => Assert.True(ContractJson.ParseDefinition(C3().ToJsonString()).IsValid);

    [Theory]
    [InlineData("2034-08-10", true)]   // ten years to the day, inclusive
    [InlineData("2034-08-11", false)]
    [InlineData("2123-08-10", false)]  // 99 years of monthly duties
    public void ATerm_LastsAtMostTenYears(string end, bool accepted)
    {
        var definition = C3();
        definition["term"]!["end"] = end;
        var parsed = ContractJson.ParseDefinition(definition.ToJsonString());
        Assert.Equal(accepted, parsed.IsValid);
        if (!accepted) Assert.Equal("a term may last at most 10 years", Assert.Single(parsed.Errors, e => e.Path == "term.end").Message);
    }

    [Theory]
    [InlineData("signedOn", "1900-01-01")]
    [InlineData("effectiveOn", "2099-01-01")]
    public void TheContractsDates_LieWithinFiveYearsOfTheTerm(string member, string date)
    {
        var definition = C3();
        definition[member] = date;
        Assert.Equal("must lie within 5 years of the term", Errors(definition)[member]);
    }

    [Fact]
    public void ASpanLongerThanTenYears_IsRefusedAtItsN()
    {
        var definition = C3();
        var review = definition["obligations"]!.AsArray().Single(o => (string?)o!["id"] == "c3-quarterly-review")!;
        var index = definition["obligations"]!.AsArray().IndexOf(review);
        review["review"]!["within"]!["n"] = 2_000_000_000;
        review["review"]!["within"]!["unit"] = "working-days";
        Assert.Equal("at most 3660 WorkingDays (10 years)", Errors(definition)[$"obligations[{index}].review.within.n"]);
    }

    [Fact]
    public void TooManyScheduledInstances_AreRefusedNamingTheCount()
    {
        var definition = C3();
        definition["term"]!["end"] = "2034-08-10";
        var obligations = definition["obligations"]!.AsArray();
        for (var i = 0; i < 60; i++)
            obligations.Add(JsonNode.Parse($$"""
                { "id": "weekly-{{i}}", "article": "x", "title": "周报 {{i}}", "summary": "weekly", "kind": "recurring", "recurrence": { "every": "week" } }
                """));
        Assert.Matches("^would schedule [0-9]+ obligation instances over the term; at most 20000$", Errors(definition)["obligations"]);
    }

    [Fact]
    public void TooManyContacts_AreRefused()
    {
        var definition = C3();
        var contacts = definition["vendor"]!["contacts"]!.AsArray();
        for (var i = 0; i < 50; i++) contacts.Add(JsonNode.Parse($$"""{ "role": "on-site", "name": "工程师{{i}}" }"""));
        Assert.Equal("at most 50 entries", Errors(definition)["vendor.contacts"]);
    }

    [Fact]
    public void AnExplicitNullTerm_IsNamed_NotAnError500()
    {
        var definition = C3();
        definition["term"] = null;
        Assert.Equal("is required", Errors(definition)["term"]);
    }

    /// <summary>Issue 20 §4: a clause's quoted text is optional, and when given it is words of at most 2,000 characters.</summary>
    [Theory]
    [InlineData("penalties", 2_000, null)]
    [InlineData("penalties", 2_001, "at most 2000 characters")]
    [InlineData("obligations", 2_001, "at most 2000 characters")]
    [InlineData("payments", 2_001, "at most 2000 characters")]
    [InlineData("payments", 0, "must not be blank (leave it out when the contract's text is not at hand)")]
    public void AClausesQuotedText_IsAtMost2000Characters_AndNeverBlank(string list, int length, string? error)
    {
        var definition = C3();
        definition[list]![0]!["text"] = length == 0 ? "  " : new string('字', length);
        var parsed = ContractJson.ParseDefinition(definition.ToJsonString());
        if (error is null) Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        else Assert.Equal(error, Assert.Single(parsed.Errors, e => e.Path == $"{list}[0].text").Message);
    }
}

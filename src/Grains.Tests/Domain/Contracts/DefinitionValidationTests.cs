using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Bad definitions are rejected whole, each error naming the JSON path of the field at fault.</summary>
public sealed class DefinitionValidationTests
{
    private static string WithPenalty(string penalty) => $$"""
        {
          "id": "bad-contract", "title": "t",
          "institution": { "id": "121100004006863122", "name": "甲方" },
          "vendor": { "id": "91110106MA01A51E7B", "name": "乙方" },
          "signedOn": "2026-02-05", "term": { "start": "2026-02-05", "end": "2027-03-02" }, "total": 1475000,
          "obligations": [{ "id": "go-live", "article": "第三条", "summary": "s", "title": "上线", "kind": "one-off",
            "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days" } } }],
          "penalties": [{{penalty}}]
        }
        """;

    [Theory]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-fortnight", "amount": { "rate": 0.01 } }""", "penalties[0].shape")]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-day", "amount": { "rate": -0.01 } }""", "penalties[0].amount.rate")]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-day", "amount": { "amount": -5 } }""", "penalties[0].amount.amount")]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-day", "amount": { "rate": 0.01 }, "cap": { "rate": -0.2 } }""", "penalties[0].cap.rate")]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-day", "trigger": "late", "obligations": ["nope"], "amount": { "rate": 0.01 } }""", "penalties[0].obligations[0]")]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-period", "amount": { "rate": 0.01 } }""", "penalties[0].period")]
    [InlineData("""{ "id": "p", "article": "", "summary": "s", "shape": "per-occurrence", "amount": { "amount": 100 } }""", "penalties[0].article")]
    [InlineData("""{ "id": "p", "article": "第八条", "summary": "s", "shape": "per-day", "amount": { "rate": 0.01 }, "colour": "red" }""", "penalties[0].colour")]
    public void InvalidClause_IsRejected_NamingTheField(string penalty, string path)
    {
        var result = ContractJson.ParseDefinition(WithPenalty(penalty));
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e.Path == path);
    }

    [Fact]
    public void ValidClause_IsAccepted() =>
        Assert.True(ContractJson.ParseDefinition(WithPenalty(
            """{ "id": "p", "article": "第八条第4款", "summary": "s", "shape": "per-day", "trigger": "late", "obligations": ["go-live"], "amount": { "rate": 0.003 } }""")).IsValid);

    [Fact]
    public void DefinitionRoundTripsThroughItsJson()
    {
        var first = ContractJson.ParseDefinition(WithPenalty(
            """{ "id": "p", "article": "第八条第4款", "summary": "s", "shape": "per-day", "trigger": "late", "obligations": ["go-live"], "amount": { "rate": 0.003 } }""")).Value!;
        var again = ContractJson.ParseDefinition(ContractJson.Serialize(first)).Value!;
        Assert.Equal(ContractJson.Serialize(first), ContractJson.Serialize(again));
        Assert.Contains("\"shape\":\"per-day\"", ContractJson.Serialize(first));
    }
}

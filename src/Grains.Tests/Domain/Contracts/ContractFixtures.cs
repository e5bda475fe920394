using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Small contract definitions written in the JSON format, one clause family at a time.</summary>
internal static class ContractFixtures
{
    public static ContractDefinition Parse(string json)
    {
        var result = ContractJson.ParseDefinition(json);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Value!;
    }

    /// <summary>A contract shell with the given clauses spliced in (each fragment a JSON member list).</summary>
    public static ContractDefinition Contract(string signedOn, string start, string end, decimal total, string clauses,
        string institution = "121100004006863122", string vendor = "91110106MA01A51E7B") => Parse($$"""
        {
          "id": "test-contract",
          "title": "测试合同",
          "institution": { "id": "{{institution}}", "name": "甲方" },
          "vendor": { "id": "{{vendor}}", "name": "乙方" },
          "signedOn": "{{signedOn}}",
          "term": { "start": "{{start}}", "end": "{{end}}" },
          "total": {{total}},
          {{clauses}}
        }
        """);

    public static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    public static ContractEvaluation Evaluate(ContractDefinition d, string asOfLocal, params ContractFact[] facts) =>
        ContractEngine.Evaluate(d, facts, At(asOfLocal), CalendarTestData.NationalCalendar);
}

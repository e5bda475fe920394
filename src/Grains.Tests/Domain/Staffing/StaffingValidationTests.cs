using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;
using static VendorGrid.Tests.Domain.Staffing.StaffingFixtures;

namespace VendorGrid.Tests.Domain.Staffing;

public sealed class StaffingValidationTests
{
    private static IEnumerable<string> Paths(ContractFact fact) => FactValidator.Validate(fact, C1, new HashSet<string>()).Select(e => e.Path);

    [Fact]
    public void Certificate_ExpiringBeforeItWasIssued_IsRejectedAtItsPath()
    {
        var profile = new EngineerProfile { Id = "pm-b", Name = "项目经理", Certificates = [Certificate("ITSS 项目经理", expiresOn: "2015-12-31", issuedOn: "2016-01-01")] };

        Assert.Equal(["certificates[0].expiresOn"], EngineerValidator.Validate(profile).Select(e => e.Path));
        Assert.Contains("certificates[0].expiresOn", Paths(Assign("pm-b", "pm-team", "2016-04-20T09:00:00",
            certificates: Certificate("ITSS 项目经理", expiresOn: "2015-12-31", issuedOn: "2016-01-01"))));
    }

    [Theory]
    [InlineData("dba", "role")]
    [InlineData("customer-service", null)]
    public void Assignment_ToARoleTheContractDoesNotHave_IsRejected(string role, string? fault) =>
        Assert.Equal(fault is null ? [] : [fault], Paths(Assign("cs-01", role, "2016-04-20T09:00:00")));

    [Fact]
    public void Engineer_UnknownEducationAndBadId_AreRejected() =>
        Assert.Equal(["id", "education"], EngineerValidator.Validate(new EngineerProfile { Id = "Zhang San", Name = "张三", Education = "PhD-ish" }).Select(e => e.Path));

    [Fact]
    public void AssignmentInstant_WithoutAnOffset_DoesNotParse()
    {
        var parsed = ContractJson.ParseFact("""{ "id": "a1", "type": "staff-assigned", "engineer": "cs-01", "role": "customer-service", "occurredAt": "2016-04-20T09:00:00" }""");

        Assert.Equal("occurredAt", Assert.Single(parsed.Errors).Path);
    }

    [Fact]
    public void Definition_ReplacementObligationMustBeAnAfterEachClause()
    {
        var json = File.ReadAllText(Path.Combine(VendorGrid.Tests.Infrastructure.RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json"))
            .Replace("\"replacementObligation\": \"c2-engineer-replacement\"", "\"replacementObligation\": \"c2-go-live\"");

        Assert.Contains("staffing[0].replacementObligation", ContractJson.ParseDefinition(json).Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("硕士研究生", "硕士研究生及以上", true)]
    [InlineData("博士研究生", "硕士研究生及以上", true)]
    [InlineData("本科", "硕士研究生及以上", false)]
    [InlineData("master", "硕士研究生及以上", true)]
    public void Education_MeetsTheRuleAtItsLevelOrAbove(string held, string required, bool meets) =>
        Assert.Equal(meets, QualificationCheck.Meets(new QualificationRule { Count = 1, Education = required },
            new Qualification(held, 5, []), new DateOnly(2016, 5, 1)));
}

using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Staffing;

/// <summary>The seed contracts and staffing facts written the way the API records them.</summary>
internal static class StaffingFixtures
{
    public static ContractDefinition Seed(string name) =>
        Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, name + ".json")));

    public static ContractDefinition C1 => Seed("c1-childrens-internet-hospital-2016");
    public static ContractDefinition C2 => Seed("c2-chaoyang-his-2026");

    public static StaffAssigned Assign(string engineer, string role, string local, int years = 3, string education = "本科",
        string? replaces = null, params HeldCertificate[] certificates) =>
        new StaffAssigned { Id = $"assign-{engineer}-{role}-{local}", OccurredAt = At(local), Engineer = engineer, Role = role, Years = years, Education = education, Replaces = replaces,
            Certificates = [.. certificates] };

    public static StaffReleased Release(string engineer, string role, string local) =>
        new StaffReleased { Id = $"release-{engineer}-{role}-{local}", OccurredAt = At(local), Engineer = engineer, Role = role };

    public static AttendanceRecorded OnSite(string engineer, string day) =>
        new AttendanceRecorded { Id = $"onsite-{engineer}-{day}", OccurredAt = At(day + "T00:00:00"), Engineer = engineer, OnSite = true };

    public static Reporter ReportedBy(string party) => new(party == "vendor" ? ReportingParty.Vendor : ReportingParty.Institution, $"{party}-user");

    public static HeldCertificate Certificate(string name, string? expiresOn = null, string? issuedOn = null) => new()
    {
        Name = name, ExpiresOn = expiresOn is null ? null : DateOnly.Parse(expiresOn), IssuedOn = issuedOn is null ? null : DateOnly.Parse(issuedOn),
    };

    /// <summary>The whole team of a role, assigned at once.</summary>
    public static IEnumerable<ContractFact> Team(string role, int people, string local) =>
        Enumerable.Range(1, people).Select(i => Assign($"{role}-{i:00}", role, local));

    public static decimal Charged(IEnumerable<VendorGrid.Domain.Contracts.Engine.LedgerEntry> ledger, string clause, string? obligation = null) =>
        ledger.Where(e => e.ClauseId == clause && (obligation is null || e.ObligationId == obligation)).Sum(e => e.Amount);

    public static ImmutableArray<ContractFact> Facts(params IEnumerable<ContractFact>[] groups) => [.. groups.SelectMany(g => g)];
}

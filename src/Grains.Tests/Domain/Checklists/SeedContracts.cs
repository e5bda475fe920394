using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Checklists;

/// <summary>The seeded contracts as the engine reads them, parsed once per test run.</summary>
internal static class SeedContracts
{
    public static readonly Lazy<ContractDefinition> C1 = new(() => Load("c1-childrens-internet-hospital-2016"));
    public static readonly Lazy<ContractDefinition> C4 = new(() => Load("c4-health-commission-medadmin-ops-2024"));

    private static ContractDefinition Load(string id)
    {
        var parsed = ContractJson.ParseDefinition(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return parsed.Value!;
    }
}

using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using VendorGrid.Grains;
using VendorGrid.Grains.Contracts;
using VendorGrid.Grains.Engineers;
using VendorGrid.Grains.Institutions;
using VendorGrid.Grains.Platform;
using VendorGrid.Grains.Vendors;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Serialization;

/// <summary>
/// Stored bytes written by an earlier build (committed under Golden/) must still read back to the same values
/// with the storage serializer the silo uses. A renamed alias, a reused [Id] or a changed type fails here, in CI,
/// instead of orphaning stored contracts. Regenerate only for a new type: VG_WRITE_GOLDEN=1 ./vg test.
/// </summary>
public sealed class GoldenPayloadTests
{
    private static readonly IGrainStorageSerializer StorageSerializer = new OrleansGrainStorageSerializer(
        new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(ContractState).Assembly).AddAssembly(typeof(ContractSummary).Assembly))
            .BuildServiceProvider().GetRequiredService<Serializer>());

    private static readonly PartyRef Chaoyang = new() { Id = "121100004006863122", Name = "首都医科大学附属北京朝阳医院" };

    private static readonly ContractSummary C2 = new()
    {
        Id = "c2-chaoyang-his-2026", Number = "朝医-2026-AC-信息管理办公室-117-5", Title = "北京朝阳医院HIS改造及运维服务（本部+常营）",
        Institution = Chaoyang, Vendor = new() { Id = "91110106MA01A51E7B", Name = "首信医联信息技术有限公司" },
        Start = new DateOnly(2026, 2, 5), End = new DateOnly(2027, 3, 2), Total = 1_475_000.00m,
    };

    [Fact]
    public void ContractState_StillReads() => Assert.Equal(
        new ContractState { DefinitionJson = """{"id":"c2-chaoyang-his-2026"}""", Summary = C2 },
        Golden("contract-state", new ContractState { DefinitionJson = """{"id":"c2-chaoyang-his-2026"}""", Summary = C2 }));

    /// <summary>Since the history tables: the definition lives in vg.contract_definitions, the state keeps its version.</summary>
    [Fact]
    public void ContractStateWithHistory_StillReads() => Assert.Equal(
        new ContractState { Summary = C2, DefinitionVersion = 1 },
        Golden("contract-state-history", new ContractState { Summary = C2, DefinitionVersion = 1 }));

    /// <summary>Issue 3: grain state per contract ≤ 16 KiB — it holds no history, so it stays a few hundred bytes.</summary>
    [Fact]
    public void ContractState_IsFarBelowSixteenKibibytes()
    {
        var bytes = StorageSerializer.Serialize(new ContractState { Summary = C2, DefinitionVersion = 1 }).ToArray().Length;
        Assert.InRange(bytes, 1, 1024);
    }

    [Fact]
    public void InstitutionState_StillReads()
    {
        var stored = Golden("institution-state", new InstitutionState { Contracts = ImmutableSortedDictionary<string, ContractSummary>.Empty.Add(C2.Id, C2) });

        Assert.Equal([KeyValuePair.Create(C2.Id, C2)], stored.Contracts.ToArray());
    }

    [Fact]
    public void VendorState_StillReads()
    {
        var key = GrainKeys.Contract(Chaoyang.Id, C2.Id);
        var stored = Golden("vendor-state", new VendorState { Contracts = ImmutableSortedDictionary<string, ContractSummary>.Empty.Add(key, C2) });

        Assert.Equal([KeyValuePair.Create("121100004006863122/c2-chaoyang-his-2026", C2)], stored.Contracts.ToArray());
    }

    /// <summary>Issue 6: the vendor's staff list joined the state as member 2.</summary>
    [Fact]
    public void VendorStateWithEngineers_StillReads()
    {
        var stored = Golden("vendor-state-engineers", new VendorState { Engineers = ImmutableSortedSet.Create(StringComparer.Ordinal, "han-zhaodong", "li-wei") });

        Assert.Equal(["han-zhaodong", "li-wei"], stored.Engineers);
    }

    [Fact]
    public void EngineerState_StillReads()
    {
        var assignment = new EngineerAssignment
        {
            FactId = "assign-han", InstitutionId = Chaoyang.Id, ContractId = C2.Id, Role = "ops-engineer", Campus = "本部",
            From = new DateTimeOffset(2026, 2, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        };
        var stored = Golden("engineer-state", new EngineerState { ProfileJson = """{"id":"han-zhaodong","name":"韩昭东"}""", Assignments = [assignment] });

        Assert.Equal(("""{"id":"han-zhaodong","name":"韩昭东"}""", assignment), (stored.ProfileJson, Assert.Single(stored.Assignments)));
    }

    [Fact]
    public void PlatformDirectoryState_StillReads()
    {
        var stored = Golden("platform-directory-state", new PlatformDirectoryState { Institutions = ImmutableSortedDictionary<string, PartyRef>.Empty.Add(Chaoyang.Id, Chaoyang) });

        Assert.Equal([KeyValuePair.Create(Chaoyang.Id, Chaoyang)], stored.Institutions.ToArray());
    }

    [Fact]
    public void PlatformIdState_StillReads()
    {
        var stored = Golden("platform-id-state", new PlatformIdState { Holder = "91110106MA01A51E7B" });

        Assert.Equal("91110106MA01A51E7B", stored.Holder);
    }

    /// <summary>Reads the committed payload; with VG_WRITE_GOLDEN=1 first writes <paramref name="sample"/> as the payload.</summary>
    private static T Golden<T>(string stateName, T sample)
    {
        var path = Path.Combine(RepositoryPaths.Golden, $"{stateName}.bin");
        if (Environment.GetEnvironmentVariable("VG_WRITE_GOLDEN") == "1")
            File.WriteAllBytes(path, StorageSerializer.Serialize(sample).ToArray());
        Assert.True(File.Exists(path), $"golden payload {path} is missing: run VG_WRITE_GOLDEN=1 ./vg test once and commit it");
        return StorageSerializer.Deserialize<T>(new BinaryData(File.ReadAllBytes(path)))!;
    }
}

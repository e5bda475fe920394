using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Grains;

/// <summary>
/// Domain types (definitions, facts, evaluations) travel between gateway and silo as JSON in the contract
/// format's own dialect, so the pure Domain project needs no Orleans attributes. Persisted grain state does
/// not use this: it stays on Orleans' binary format with explicit [Id]s (see the golden-payload tests).
/// </summary>
public static class VendorGridSerialization
{
    public static IServiceCollection AddVendorGridSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("VendorGrid.Domain", StringComparison.Ordinal) == true,
            jsonSerializerOptions: ContractJson.WireOptions));
}

using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Grains;

/// <summary>
/// The preview of a contract definition on an institution's working-day calendar (first deadlines, a worked example per
/// penalty), for the contract editor before anything is stored and for the vendor confirming a stored one. Stateless: the
/// calendar lives with the silos, so the computation runs there; nothing is kept.
/// </summary>
[Alias("vg.IDefinitionPreviewGrain")]
public interface IDefinitionPreviewGrain : IGrainWithIntegerKey
{
    /// <summary>The preview of a definition that has already passed ContractJson.ParseDefinition.</summary>
    [Alias("preview")]
    Task<DefinitionPreviewResult> PreviewAsync(string institutionId, string definitionJson);
}

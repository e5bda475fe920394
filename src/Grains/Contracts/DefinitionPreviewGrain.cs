using Orleans.Concurrency;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Grains.Calendar;

namespace VendorGrid.Grains.Contracts;

/// <inheritdoc cref="IDefinitionPreviewGrain"/>
[StatelessWorker, GrainType("definition-preview")]
public sealed class DefinitionPreviewGrain(ICalendarSource calendars) : Grain, IDefinitionPreviewGrain
{
    public Task<DefinitionPreviewResult> PreviewAsync(string institutionId, string definitionJson)
    {
        var parsed = ContractJson.ParseDefinition(definitionJson);
        if (!parsed.IsValid) throw new ArgumentException("the definition must be validated before it is previewed", nameof(definitionJson));
        return Task.FromResult(DefinitionPreview.Of(parsed.Value!, calendars.ForInstitution(institutionId)));
    }
}

using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;

namespace VendorGrid.Grains;

/// <summary>The read views of a contract the API serves, each a projection of one evaluation.</summary>
public enum ContractView { Obligations = 0, Ledger = 1, Payments = 2, Evaluation = 3, ServiceLevels = 4, Facts = 5, Statements = 6, Versions = 7 }

/// <summary>
/// GET /api/contracts/{id}/ledger: the ledger as of <see cref="AsOf"/> as it was known at <see cref="KnownAt"/>: each entry
/// with its original amount, adjustments and net; totals by status, gross and net; termination rights.
/// </summary>
public sealed record LedgerView(DateTimeOffset AsOf, DateTimeOffset KnownAt, ImmutableArray<LedgerEntry> Entries, LedgerTotals Totals,
    ImmutableArray<TerminationRight> TerminationRights)
{
    /// <summary>Cautions both parties see before confirming (uncapped penalties past 30 % of the total, Civil Code art. 585).</summary>
    public ImmutableArray<EvaluationWarning> Warnings { get; init; } = [];
}

/// <summary>
/// A rendered view as <see cref="IContractGrain.GetViewJsonIfChangedAsync"/> answers it: the version names one
/// rendering (a new one each time the grain renders the view again), and <see cref="Json"/> is null when the caller
/// already holds that version's bytes.
/// </summary>
[GenerateSerializer, Immutable, Alias("vg.ContractViewJson")]
public sealed record ContractViewJson
{
    [Id(0)] public Guid Version { get; init; }
    [Id(1)] public byte[]? Json { get; init; }
}

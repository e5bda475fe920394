using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Grains;

/// <summary>The read views of a contract the API serves, each a projection of one evaluation.</summary>
public enum ContractView { Obligations = 0, Ledger = 1, Payments = 2, Evaluation = 3, ServiceLevels = 4 }

/// <summary>GET /api/contracts/{id}/ledger: entries, totals and termination rights.</summary>
public sealed record LedgerView(ImmutableArray<LedgerEntry> Entries, LedgerTotals Totals, ImmutableArray<TerminationRight> TerminationRights);

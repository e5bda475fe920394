using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;

namespace VendorGrid.Domain.Vendors;

/// <summary>One contract's evaluation as the vendor's exposure reads it.</summary>
public sealed record ExposureSource(string InstitutionId, string InstitutionName, string ContractId, string Title, ContractEvaluation Evaluation);

public sealed record PenaltiesByStatus(decimal Proposed, decimal Confirmed, decimal Disputed, decimal Waived);

public sealed record ContractExposure(string InstitutionId, string InstitutionName, string ContractId, string Title,
    int OpenObligations, int LateObligations, int BreachedObligations, PenaltiesByStatus Penalties);

public sealed record UpcomingPayment(string InstitutionId, string ContractId, string PaymentId, string Label, DateTimeOffset? DueAt,
    PaymentStatus Status, decimal Gross, decimal Deductions, decimal Net);

/// <summary>A vendor's live exposure across every institution it serves: what it owes, what it may lose, what it will be paid.</summary>
public sealed record VendorExposureView(DateTimeOffset AsOf, int OpenObligations, int LateObligations, int BreachedObligations,
    PenaltiesByStatus Penalties, ImmutableArray<ContractExposure> Contracts, ImmutableArray<UpcomingPayment> NextPayments);

public static class VendorExposure
{
    /// <summary>Sums the vendor's own obligations and penalties; next payments are the unpaid ones, soonest first, net of deductions.</summary>
    public static VendorExposureView Summarize(DateTimeOffset asOf, IEnumerable<ExposureSource> sources, int nextPayments = 10)
    {
        var contracts = sources.OrderBy(s => s.InstitutionId, StringComparer.Ordinal).ThenBy(s => s.ContractId, StringComparer.Ordinal).ToList();
        var rows = contracts.Select(s =>
        {
            var mine = s.Evaluation.Obligations.Where(o => o.Party == ObligationParty.Vendor).ToList();
            var t = s.Evaluation.Totals;
            return new ContractExposure(s.InstitutionId, s.InstitutionName, s.ContractId, s.Title,
                mine.Count(o => o.Status == ObligationStatus.Open), mine.Count(o => o.Status == ObligationStatus.Late),
                mine.Count(o => o.Status == ObligationStatus.Breached), new PenaltiesByStatus(t.Proposed, t.Confirmed, t.Disputed, t.Waived));
        }).ToImmutableArray();
        var payments = contracts.SelectMany(s => s.Evaluation.Payments.Where(p => p.Status != PaymentStatus.Paid).Select(p =>
                new UpcomingPayment(s.InstitutionId, s.ContractId, p.Id, p.Label, p.DueAt, p.Status, p.Gross, p.Deductions, p.Net)))
            .OrderBy(p => p.DueAt ?? DateTimeOffset.MaxValue).ThenBy(p => p.ContractId, StringComparer.Ordinal).Take(nextPayments).ToImmutableArray();
        return new VendorExposureView(asOf, rows.Sum(r => r.OpenObligations), rows.Sum(r => r.LateObligations), rows.Sum(r => r.BreachedObligations),
            new PenaltiesByStatus(rows.Sum(r => r.Penalties.Proposed), rows.Sum(r => r.Penalties.Confirmed),
                rows.Sum(r => r.Penalties.Disputed), rows.Sum(r => r.Penalties.Waived)), rows, payments);
    }
}

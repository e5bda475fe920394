using System.Text.Json;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Grains.Json;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// The contract's read views, computed from the book by the pure <see cref="ContractReader"/> and rendered as the API's
/// JSON once per instant, knownAt and history length: a portal refreshing the same contract is served the same bytes.
/// Each rendering gets a new version, so a caller holding a version's bytes holds exactly what would be returned.
/// </summary>
internal sealed class ContractViewRenderer
{
    private readonly IncidentClockCache clocks = new();
    private (DateTimeOffset AsOf, DateTimeOffset KnownAt, int Events, object Calendar, ContractEvaluation Result)? last;
    private readonly Dictionary<ContractView, (object Source, byte[] Json, Guid Version)> rendered = [];

    public IncidentClockCache Clocks => clocks;

    public ContractEvaluation Evaluate(ContractBook book, WorkingCalendar calendar, DateTimeOffset asOf, DateTimeOffset knownAt)
    {
        if (last is { } l && l.AsOf == asOf && l.KnownAt == knownAt && l.Events == book.Events.Count && ReferenceEquals(l.Calendar, calendar))
            return l.Result;
        var result = ContractReader.Evaluate(book, asOf, knownAt, calendar, clocks);
        last = (asOf, knownAt, book.Events.Count, calendar, result);
        return result;
    }

    public (byte[] Json, Guid Version) Render(ContractBook book, WorkingCalendar calendar, ContractView view, DateTimeOffset asOf, DateTimeOffset knownAt)
    {
        var evaluation = Evaluate(book, calendar, asOf, knownAt);
        if (rendered.TryGetValue(view, out var kept) && ReferenceEquals(kept.Source, evaluation)) return (kept.Json, kept.Version);
        object projection = view switch
        {
            ContractView.Obligations => evaluation.Obligations,
            ContractView.Ledger => new LedgerView(asOf, knownAt, evaluation.Ledger, evaluation.Totals, evaluation.TerminationRights) { Warnings = evaluation.Warnings },
            ContractView.Payments => evaluation.Payments,
            ContractView.ServiceLevels => evaluation.ServiceLevels,
            ContractView.Facts => ContractReader.Facts(book, asOf, knownAt, calendar).ToArray(),
            ContractView.Statements => Periods.Issued(book, asOf, knownAt, new DeadlineMath(calendar)),
            ContractView.Versions => ContractVersions.List(book.KnownAt(knownAt)),
            _ => evaluation,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(projection, projection.GetType(), ApiJson.Options);
        var version = Guid.NewGuid();
        rendered[view] = (evaluation, json, version);
        return (json, version);
    }
}

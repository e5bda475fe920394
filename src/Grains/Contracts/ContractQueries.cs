using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Staffing;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// Every read of a contract grain, answered from its durable book (never from events still being appended) by the pure
/// readers (<see cref="ContractReader"/>, <see cref="ContractRecords"/>, <see cref="StaffingEvaluator"/>) through the grain's
/// <see cref="ContractViewRenderer"/>, which keeps the last evaluation and rendered JSON. The grain supplies the book, the
/// calendar and the instants ("now" and "known now").
/// </summary>
internal sealed class ContractQueries
{
    public ContractViewRenderer Views { get; private set; } = new();

    /// <summary>The working book was rebuilt: evaluations kept by event count (and each incident's clocks) are forgotten.</summary>
    public void Forget() => Views = new();

    public ContractEvaluation Evaluate(ContractBook book, WorkingCalendar calendar, DateTimeOffset asOf, DateTimeOffset knownAt) =>
        Views.Evaluate(book, calendar, asOf, knownAt);

    public ContractViewJson ViewIfChanged(ContractBook book, WorkingCalendar calendar, ContractView view, DateTimeOffset asOf, DateTimeOffset knownAt, Guid knownVersion)
    {
        var (json, version) = Views.Render(book, calendar, view, asOf, knownAt);
        return new ContractViewJson { Version = version, Json = version == knownVersion ? null : json };
    }

    public IncidentRecords Incidents(ContractBook book, WorkingCalendar calendar, string? incidentId, string? afterIncidentId, int limit, DateTimeOffset asOf, DateTimeOffset knownAt)
    {
        var page = ContractRecords.Incidents(book, incidentId, afterIncidentId, limit, () => Views.Evaluate(book, calendar, asOf, knownAt));
        return new IncidentRecords { ContractExists = true, Opened = page.Opened, Steps = page.Steps, More = page.More, Clocks = page.Clocks };
    }

    public Domain.Statements.MonthlyStatement Statement(ContractBook book, WorkingCalendar calendar, Domain.Statements.StatementHeader header,
        Domain.Statements.StatementMonth month, DateTimeOffset knownAt) =>
        ContractReader.Statement(book, header, month, knownAt, calendar, Views.Clocks);

    public static EvaluationRecords Evaluations(ContractBook book)
    {
        var scored = ContractRecords.Evaluations(book);
        return new EvaluationRecords { ContractExists = true, Template = scored.Template, Evaluations = scored.Evaluations };
    }

    public AcceptanceView Acceptance(ContractBook book, WorkingCalendar calendar, DateTimeOffset asOf, DateTimeOffset knownAt) =>
        AcceptanceChecklist.View(book.Definition, Views.Evaluate(book, calendar, asOf, knownAt), book.Facts);

    public static StaffingEvaluation Staffing(ContractBook book, WorkingCalendar calendar, DateTimeOffset asOf) =>
        StaffingEvaluator.Evaluate(book.Definition, book.Facts, asOf, calendar);

    public static ImmutableArray<string> Engineers(ContractBook book) => ContractRecords.Engineers(book);

    /// <summary>Version 1 is the stored definition (read by the caller); later ones were proposed as amendments.</summary>
    public static async Task<string?> VersionDefinitionAsync(ContractBook book, int version, Func<Task<string?>> original) =>
        version < 1 || version > book.Versions.Count ? null
        : version == 1 ? await original() : book.Versions[version - 1].Proposed!.Definition.GetRawText();
}

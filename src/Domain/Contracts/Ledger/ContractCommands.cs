using System.Collections.Immutable;
using System.Text.Json.Serialization;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>What a contract is asked to do. Every command names who asks; the grain supplies the instant and the calendar.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(RecordFacts), "record-facts")]
[JsonDerivedType(typeof(AnswerFact), "answer-fact")]
[JsonDerivedType(typeof(DecideEntry), "decide-entry")]
[JsonDerivedType(typeof(IssueStatement), "issue-statement")]
[JsonDerivedType(typeof(SignOffStatement), "sign-off-statement")]
[JsonDerivedType(typeof(OpenLedger), "open-ledger")]
[JsonDerivedType(typeof(PostDue), "post-due")]
[JsonDerivedType(typeof(RecordEvaluation), "record-evaluation")]
[JsonDerivedType(typeof(RecordAcceptanceStep), "record-acceptance-step")]
[JsonDerivedType(typeof(ProposeAmendment), "propose-amendment")]
[JsonDerivedType(typeof(AnswerAmendment), "answer-amendment")]
[JsonDerivedType(typeof(AnswerDefinition), "answer-definition")]
public abstract record ContractCommand(Reporter By);

/// <summary>
/// Propose a supplemental agreement (补充协议): <paramref name="Definition"/> is the whole definition JSON as amended, in force
/// from <paramref name="EffectiveFrom"/> (an Asia/Shanghai date) once the other party accepts.
/// </summary>
public sealed record ProposeAmendment(DateOnly? EffectiveFrom, string? Title, string? Definition, string RequestId, Reporter By) : ContractCommand(By);

/// <summary>The other party accepts a proposed amendment, or rejects it with a reason.</summary>
public sealed record AnswerAmendment(int Version, bool Accept, string? Reason, string RequestId, Reporter By) : ContractCommand(By);

/// <summary>The institution's score for a month of the scorecard (its obligation instance is filled in from the month).</summary>
public sealed record RecordEvaluation(EvaluationRecorded Evaluation, Reporter By) : ContractCommand(By);

public enum ChecklistStep { Submit, Review, Accept }

/// <summary>One step of an acceptance checklist at <paramref name="At"/>: a document submitted or reviewed, or acceptance passed.</summary>
public sealed record RecordAcceptanceStep(ChecklistStep Step, string? ObligationId, int Index, DateTimeOffset At, string? Outcome, string? Reason,
    string? Note, Reporter By) : ContractCommand(By);

/// <summary>
/// Records facts, all or none. <paramref name="PlatformIds"/>: the facts come from one of the platform's own endpoints
/// (incidents, evaluations, the acceptance checklist, staffing) and may use its reserved ids; a client's may not.
/// </summary>
public sealed record RecordFacts(ImmutableArray<ContractFact> Facts, Reporter By, bool PlatformIds = false) : ContractCommand(By);

/// <summary>The counterparty acknowledges or disputes (with a reason) a fact the other side reported about its own performance.</summary>
public sealed record AnswerFact(string FactId, FactAnswer Answer, string? Reason, string RequestId, Reporter By) : ContractCommand(By);

/// <summary>Confirm, waive, dispute, reverse or give claim notice of a ledger entry (a posting).</summary>
public sealed record DecideEntry(string EntryId, LedgerAction Action, decimal? Amount, string? Reason, string RequestId, Reporter By) : ContractCommand(By);

/// <summary>Issue a month's statement (the monthly job) — and first post what became final by time alone.</summary>
public sealed record IssueStatement(string Month) : ContractCommand(Reporter.Platform);

/// <summary>One side signs a month's statement off.</summary>
public sealed record SignOffStatement(string Month, Reporter By) : ContractCommand(By);

/// <summary>
/// Start keeping the ledger as postings: a new contract's first event, or, for a contract recorded before postings
/// existed, the postings of what its facts and decisions made it owe at that moment.
/// </summary>
public sealed record OpenLedger() : ContractCommand(Reporter.Platform);

/// <summary>Post what became final by time alone (a cap reached, a report deemed acknowledged) since the last posting.</summary>
public sealed record PostDue() : ContractCommand(Reporter.Platform);

/// <summary>
/// The instant, the calendar and the caches a decision needs; <see cref="InstanceIds"/> lists every obligation instance.
/// <see cref="Money"/> keeps the last money evaluation between decisions (null: every decision evaluates in full).
/// </summary>
public sealed record DecisionContext(DateTimeOffset Now, WorkingCalendar Calendar, Func<IReadOnlySet<string>> InstanceIds, IncidentClockCache? Cache = null,
    MoneyCache? Money = null)
{
    public DeadlineMath Math { get; } = new(Calendar);
}

public enum DecisionOutcome { Recorded, Duplicate, Rejected, Conflict, NotFound, WindowClosed }

/// <summary>
/// The answer to a command: the events to append (nothing for a duplicate or a refusal), the event the caller asked about
/// (the fact, the decision, or the first recording of a repeat), or why it was refused.
/// </summary>
public sealed record Decision(DecisionOutcome Outcome, ImmutableArray<ContractEvent> Events, ContractEvent? Subject = null,
    ImmutableArray<FieldError> Errors = default, string? Message = null)
{
    public ImmutableArray<FieldError> Errors { get; init; } = Errors.IsDefault ? [] : Errors;

    public static Decision Recorded(IEnumerable<ContractEvent> events, ContractEvent subject) => new(DecisionOutcome.Recorded, [.. events], subject);
    public static Decision Duplicate(ContractEvent first) => new(DecisionOutcome.Duplicate, [], first);
    public static Decision Invalid(IEnumerable<FieldError> errors) => new(DecisionOutcome.Rejected, [], Errors: [.. errors]);
    public static Decision Invalid(string path, string message) => Invalid([new FieldError(path, message)]);
    public static Decision InConflict(string message) => new(DecisionOutcome.Conflict, [], Message: message);
    public static Decision Missing(string message) => new(DecisionOutcome.NotFound, [], Message: message);
}

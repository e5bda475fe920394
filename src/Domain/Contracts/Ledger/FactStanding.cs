using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

/// <summary>
/// reported: awaiting the counterparty; acknowledged, deemed (its window passed unanswered) or disputed; in-force: a fact
/// that needs no answer (one party reporting the other's breach, or the platform).
/// </summary>
public enum FactStatus { InForce, Reported, Acknowledged, Deemed, Disputed }

/// <summary>Where a fact stands as of an instant, and whether it was recorded too late to be deemed acknowledged.</summary>
public sealed record FactStanding(FactStatus Status, Side? AnsweredBy, bool LateReported, DateTimeOffset? DeemedAt)
{
    /// <summary>Whether the fact moves money: only once nobody may still dispute it, or the counterparty agreed.</summary>
    public bool InForce => Status is FactStatus.InForce or FactStatus.Acknowledged or FactStatus.Deemed;
}

/// <summary>
/// Two-party facts (issue 15): what one party reports about its own performance — the vendor's deliverables, arrivals,
/// restorations, staffing, reminders; the institution's payments and its own duties — is a claim until the other side
/// acknowledges or disputes it (with a reason), or the acknowledgment window passes. A fact recorded later than the
/// recording window after it says it happened is late-reported: only an acknowledgment puts it in force.
/// </summary>
public static class TwoPartyFacts
{
    /// <summary>The side that must answer <paramref name="fact"/>, or null when it needs no answer.</summary>
    public static Side? Answerer(ContractFact fact, ContractDefinition definition) => fact switch
    {
        // A checklist document's submission is answered by its review (the acceptance checklist), not here.
        _ when fact.Id.StartsWith(FactIds.Document, StringComparison.Ordinal) => null,
        { ReportedBy: ReportingParty.Vendor } when fact is ObligationMet or MilestoneReached or IncidentStepRecorded or StaffAssigned
            or StaffQualified or StaffChangeNoticed or PaymentReminderSent or Rectified or AttendanceRecorded { OnSite: true } => Side.Institution,
        { ReportedBy: ReportingParty.Institution } when fact is PaymentMade
            || fact is ObligationMet met && !FactValidator.VendorOwes(definition, met.ObligationId) => Side.Vendor,
        _ => null,
    };

    public static Side? Reporter(ContractFact fact) => fact.ReportedBy switch
    {
        ReportingParty.Vendor => Side.Vendor,
        ReportingParty.Institution => Side.Institution,
        _ => null,
    };

    /// <summary>
    /// The fact's standing for a view as of <paramref name="asOf"/> known at <paramref name="knownAt"/> (the book is already
    /// cut at knownAt). A deemed acknowledgment counts once its instant is past either, so "what if nothing happens until X"
    /// sees it and a view of the past known now sees it too.
    /// </summary>
    public static FactStanding Standing(ContractFact fact, ContractBook book, DateTimeOffset asOf, DateTimeOffset knownAt, DeadlineMath math)
    {
        if (Answerer(fact, book.Definition) is not { } answerer) return new(FactStatus.InForce, null, false, null);
        var late = IsLate(fact, book.Definition, math);
        if (book.AnswerTo(fact.Id) is { } answer)
            return new(answer.Answer == FactAnswer.Acknowledged ? FactStatus.Acknowledged : FactStatus.Disputed, answerer, late, null);
        if (late) return new(FactStatus.Reported, answerer, true, null);
        var deemedAt = DeemedAt(fact, book.Definition, math);
        var deemed = deemedAt < asOf || deemedAt < knownAt;
        return new(deemed ? FactStatus.Deemed : FactStatus.Reported, answerer, false, deemedAt);
    }

    /// <summary>Recorded later than the recording window after it happened (a fact without a recording instant is never late).</summary>
    public static bool IsLate(ContractFact fact, ContractDefinition definition, DeadlineMath math) =>
        fact.RecordedAt is { } recorded && recorded > math.After(fact.OccurredAt, (definition.Reporting ?? ReportingRule.Default).RecordWithin).DueAt;

    /// <summary>The end of the acknowledgment window: the clause's own (its review window), else the contract's.</summary>
    public static DateTimeOffset DeemedAt(ContractFact fact, ContractDefinition definition, DeadlineMath math)
    {
        var window = fact is ObligationMet met
            ? definition.Obligations.FirstOrDefault(o => o.Id == met.ObligationId.Split('@')[0])?.AcknowledgeWithin
            : null;
        return math.After(fact.RecordedAt ?? fact.OccurredAt, window ?? (definition.Reporting ?? ReportingRule.Default).AcknowledgeWithin).DueAt;
    }
}

using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public static class LedgerEventTypes
{
    public const string Opened = "ledger-opened";
    public const string Posted = "entry-posted";
    public const string Decided = "entry-decided";
    public const string Answered = "fact-answered";
    public const string StatementIssued = "statement-issued";
    public const string StatementSignedOff = "statement-signed-off";
    public const string DefinitionAnswered = "definition-answered";
}

/// <summary>What the ledger did, and who made it do so (the platform for postings it made itself).</summary>
public abstract record LedgerEvent : ContractEvent
{
    public Reporter? By { get; init; }
}

/// <summary>
/// The contract's ledger is kept as postings from here on. Written when a contract is created; a contract recorded
/// before postings existed gets it when it is first opened, together with the postings of what it owed then.
/// </summary>
public sealed record LedgerOpened : LedgerEvent
{
    public int Format { get; init; } = 2;
    protected override string Discriminator => LedgerEventTypes.Opened;
}

public enum PostingKind { Original, Adjustment }

/// <summary>What made a posting: the engine's computation, a party's choice of a discretionary amount, or a reversal.</summary>
public enum PostingOrigin { Computed, Chosen, Reversal }

/// <summary>
/// One posting: the original amount of a ledger line once it is final, or an adjustment to a posted line when a later
/// fact changed what is owed. Never edited or removed; <see cref="Cause"/> is the fact or decision whose recording
/// posted it ("time" when the line became final by time alone), <see cref="Adjusts"/> the posting it corrects.
/// </summary>
public sealed record EntryPosted : LedgerEvent
{
    /// <summary>The posting's own id: the line id for an original, <c>{line}:adj-{n}</c> for an adjustment.</summary>
    public required string EntryId { get; init; }
    public required string Line { get; init; }
    public PostingKind Kind { get; init; }
    public PostingOrigin Origin { get; init; }
    public string? Adjusts { get; init; }
    public required decimal Amount { get; init; }
    public required string ClauseId { get; init; }
    public string? ObligationId { get; init; }
    public ObligationParty Payer { get; init; }
    public LedgerEntryKind EntryKind { get; init; }
    public required string Basis { get; init; }
    /// <summary>When the line started to accrue (the engine's proposedAt).</summary>
    public DateTimeOffset ProposedAt { get; init; }
    /// <summary>From when the posting shows in an as-of view: the line's final instant for an original, the recording for an adjustment.</summary>
    public DateTimeOffset EffectiveAt { get; init; }
    public decimal? RangeMin { get; init; }
    public decimal? RangeMax { get; init; }
    public required string Cause { get; init; }
    /// <summary>The statement month (yyyy-MM) it is booked in: its own month, or the first one still open.</summary>
    public string? Period { get; init; }
    protected override string Discriminator => LedgerEventTypes.Posted;
}

public enum LedgerAction { Confirm, Waive, Dispute, Reverse, Notice }

/// <summary>A party's decision on one posting: confirm (a discretionary amount with it), waive, dispute, reverse, or the claim notice.</summary>
public sealed record EntryDecided : LedgerEvent
{
    public required string EntryId { get; init; }
    public required LedgerAction Action { get; init; }
    public decimal? Amount { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => LedgerEventTypes.Decided;
}

public enum FactAnswer { Acknowledged, Disputed }

/// <summary>The counterparty's answer to a fact one party reported about its own performance.</summary>
public sealed record FactAnswered : LedgerEvent
{
    public required string FactId { get; init; }
    public required FactAnswer Answer { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => LedgerEventTypes.Answered;
}

/// <summary>A month's statement issued: its workbook is the ledger as known at <see cref="ContractEvent.RecordedAt"/>.</summary>
public sealed record StatementIssued : LedgerEvent
{
    public required string Month { get; init; }
    protected override string Discriminator => LedgerEventTypes.StatementIssued;
}

/// <summary>One side signs a month's statement off; with both (or the window passed) the month is closed.</summary>
public sealed record StatementSignedOff : LedgerEvent
{
    public required string Month { get; init; }
    public required Side Party { get; init; }
    protected override string Discriminator => LedgerEventTypes.StatementSignedOff;
}

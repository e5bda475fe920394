using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// What the drafter read from a contract's text: a definition in the format of docs/contract-format.md with every
/// member it could not read left out, the sentences that look like rules but that it could not read (with the
/// reason), and warnings (figures and 大写 that disagree, members still to fill in). Nothing is guessed.
/// </summary>
public sealed record ContractDraft
{
    public required DraftDefinition Definition { get; init; }
    public ImmutableArray<UnrecognizedText> Unrecognized { get; init; } = [];
    public ImmutableArray<DraftWarning> Warnings { get; init; } = [];
}

/// <summary>A sentence that reads like a rule the drafter could not turn into one: the user enters it by hand.</summary>
public sealed record UnrecognizedText(int Start, int End, string Text, string Reason);

/// <summary>Something to check: <see cref="Path"/> is the definition member concerned, the span (if any) its sentence.</summary>
public sealed record DraftWarning(string Path, string Message, int? Start = null, int? End = null);

/// <summary>
/// A contract definition that may still lack members the text does not give (party ids without a 统一社会信用代码, the
/// platform's contract id). Serialized with <see cref="ContractJson.Options"/>, it is the definition format itself.
/// </summary>
public sealed record DraftDefinition
{
    public int FormatVersion { get; init; } = 1;
    public string? Id { get; init; }
    public string? Number { get; init; }
    public string? Title { get; init; }
    public DraftParty? Institution { get; init; }
    public DraftParty? Vendor { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public Term? Term { get; init; }
    public decimal? Total { get; init; }
    public decimal? Vat { get; init; }
    public int? ClaimWindowDays { get; init; }
    public ImmutableArray<LineItem> LineItems { get; init; } = [];
    public ImmutableArray<PaymentDefinition> Payments { get; init; } = [];
    public ImmutableArray<ObligationDefinition> Obligations { get; init; } = [];
    public ImmutableArray<PenaltyDefinition> Penalties { get; init; } = [];
    public ImmutableArray<StaffingRequirement> Staffing { get; init; } = [];
    public UsageTerms? Usage { get; init; }
    public ChangeBudget? ChangeBudget { get; init; }

    /// <summary>The definition, once every required member is there (the caller fills ids the text cannot give).</summary>
    public ContractDefinition? ToDefinition()
    {
        if (Id is null || Title is null || Institution?.ToParty() is not { } institution || Vendor?.ToParty() is not { } vendor
            || SignedOn is null || Term is null || Total is null) return null;
        return new ContractDefinition
        {
            Id = Id, Number = Number, Title = Title, Institution = institution, Vendor = vendor, SignedOn = SignedOn.Value,
            EffectiveOn = EffectiveOn, Term = Term, Total = Total.Value, Vat = Vat, ClaimWindowDays = ClaimWindowDays,
            LineItems = LineItems, Payments = Payments, Obligations = Obligations, Penalties = Penalties, Staffing = Staffing,
            Usage = Usage, ChangeBudget = ChangeBudget,
        };
    }
}

public sealed record DraftParty
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Address { get; init; }
    public ImmutableArray<Contact> Contacts { get; init; } = [];

    public Party? ToParty() => Id is null || Name is null ? null : new Party { Id = Id, Name = Name, Address = Address, Contacts = Contacts };
}

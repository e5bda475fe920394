using System.Collections.Immutable;

namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>
/// A contract as data: parties, money, term, and every clause that creates an obligation or a penalty.
/// The engine interprets it; no code is written per contract. Serialized as the JSON format
/// documented in docs/contract-format.md (schema/contract.schema.json).
/// </summary>
public sealed record ContractDefinition
{
    public int FormatVersion { get; init; } = 1;
    /// <summary>The platform's id for the contract: a slug unique within the institution.</summary>
    public required string Id { get; init; }
    /// <summary>合同编号 as printed, when the contract has one.</summary>
    public string? Number { get; init; }
    public required string Title { get; init; }
    public required Party Institution { get; init; }
    public required Party Vendor { get; init; }
    public required DateOnly SignedOn { get; init; }
    /// <summary>When the contract takes effect (生效); defaults to the signing date.</summary>
    public DateOnly? EffectiveOn { get; init; }
    public required Term Term { get; init; }
    public required decimal Total { get; init; }
    public decimal? Vat { get; init; }
    public string Currency { get; init; } = "CNY";
    /// <summary>
    /// Days the vendor has to dispute a proposed penalty before it is deemed confirmed (C1: 7). Kept for definitions made
    /// before <see cref="Confirmation"/>: it means the vendor confirms, deemed that many days after the claim notice.
    /// </summary>
    public int? ClaimWindowDays { get; init; }
    /// <summary>Who confirms penalties the vendor owes; a penalty clause may override it.</summary>
    public ConfirmationRule? Confirmation { get; init; }
    /// <summary>Acknowledgment and recording windows of the facts the parties report.</summary>
    public ReportingRule? Reporting { get; init; }
    public ImmutableArray<LineItem> LineItems { get; init; } = [];
    public ImmutableArray<PaymentDefinition> Payments { get; init; } = [];
    public ImmutableArray<ObligationDefinition> Obligations { get; init; } = [];
    public ImmutableArray<PenaltyDefinition> Penalties { get; init; } = [];
    public ImmutableArray<StaffingRequirement> Staffing { get; init; } = [];
    public UsageTerms? Usage { get; init; }
    public ChangeBudget? ChangeBudget { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly EffectiveDate => EffectiveOn ?? SignedOn;
}

/// <summary>A party (甲方 or 乙方). <see cref="Id"/> is the 18-character 统一社会信用代码 where it has one.</summary>
public sealed record Party
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Address { get; init; }
    public ImmutableArray<Contact> Contacts { get; init; } = [];
}

public sealed record Contact
{
    /// <summary>What the contact is for: owner, project-lead, on-site, finance...</summary>
    public required string Role { get; init; }
    public required string Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
}

/// <summary>The service term, both dates inclusive.</summary>
public sealed record Term
{
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
}

/// <summary>A priced line of the contract (people × months × unit price), a possible base for penalties.</summary>
public sealed record LineItem
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public decimal? People { get; init; }
    public decimal? Months { get; init; }
    public decimal? UnitPrice { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>A module or group the line belongs to (C4: 人力资源管理模块).</summary>
    public string? Group { get; init; }
}

/// <summary>Where a clause comes from: its article reference and a short summary in our own words.</summary>
public interface IClause
{
    string Id { get; }
    string Article { get; }
    string Summary { get; }
}

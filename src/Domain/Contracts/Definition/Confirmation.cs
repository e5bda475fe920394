namespace VendorGrid.Domain.Contracts.Definition;

/// <summary>A side of the contract: 甲方 (the institution) or 乙方 (the vendor).</summary>
public enum Side { Institution, Vendor }

/// <summary>
/// Who confirms a penalty the vendor owes (DOMAIN.md §2), per contract with a clause's own rule overriding it.
/// C1: the vendor, after the institution's claim notice, silence for 7 days is acceptance and after 30 days the
/// institution may confirm alone; C2: the vendor, silence confirms nothing; C3–C5: the institution.
/// Money the institution owes is always claimed by the vendor and confirmed by the institution.
/// </summary>
public sealed record ConfirmationRule
{
    public Side By { get; init; } = Side.Institution;
    /// <summary>The windows below count from the institution's claim notice (索赔通知), not from the breach.</summary>
    public bool AfterClaimNotice { get; init; }
    /// <summary>Calendar days of silence after the notice that confirm (「视为已被乙方接受」); null: silence confirms nothing.</summary>
    public int? DeemedAfterDays { get; init; }
    /// <summary>Calendar days after the notice from which the institution may confirm an unsettled claim alone (C1 第八条第6款: 30).</summary>
    public int? InstitutionAloneAfterDays { get; init; }

    public static readonly ConfirmationRule ByInstitution = new();
}

/// <summary>
/// How long the counterparty has to answer a fact one party reports about its own performance before it is deemed
/// acknowledged, and how soon after it happened a fact must be recorded not to count as late-reported. Both default to
/// 5 working days; an obligation clause may set its own acknowledgment window (e.g. its review window).
/// </summary>
public sealed record ReportingRule
{
    public Span AcknowledgeWithin { get; init; } = new() { N = 5, Unit = SpanUnit.WorkingDays };
    public Span RecordWithin { get; init; } = new() { N = 5, Unit = SpanUnit.WorkingDays };

    public static readonly ReportingRule Default = new();
}

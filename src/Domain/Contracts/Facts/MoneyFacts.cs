namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>One month's verified usage (C5 挂出号确认单): online and phone bookings.</summary>
public sealed record UsageVerified : ContractFact
{
    /// <summary>yyyy-MM</summary>
    public required string Month { get; init; }
    public required long Online { get; init; }
    public required long Phone { get; init; }
    protected override string Discriminator => FactTypes.UsageVerified;
}

/// <summary>The vendor's invoice for a payment arrived (a payment that needs one waits for it).</summary>
public sealed record InvoiceReceived : ContractFact
{
    public required string PaymentId { get; init; }
    public decimal? Amount { get; init; }
    protected override string Discriminator => FactTypes.InvoiceReceived;
}

/// <summary>The institution paid (part of) a payment.</summary>
public sealed record PaymentMade : ContractFact
{
    public required string PaymentId { get; init; }
    public required decimal Amount { get; init; }
    protected override string Discriminator => FactTypes.PaymentMade;
}

/// <summary>The vendor's written reminder of an unpaid payment (C2: two, a week apart, before interest runs).</summary>
public sealed record PaymentReminderSent : ContractFact
{
    public required string PaymentId { get; init; }
    protected override string Discriminator => FactTypes.PaymentReminderSent;
}

/// <summary>A supplemental agreement (C5: the overrun beyond 1 % of the estimate becomes payable).</summary>
public sealed record SupplementalAgreementSigned : ContractFact
{
    public decimal? Amount { get; init; }
    protected override string Discriminator => FactTypes.SupplementalAgreement;
}

/// <summary>The budget for a payment has arrived (C3, C4 「待财政资金到位后」); no <see cref="PaymentId"/>: for every payment.</summary>
public sealed record FundsReceived : ContractFact
{
    public string? PaymentId { get; init; }
    protected override string Discriminator => FactTypes.FundsReceived;
}

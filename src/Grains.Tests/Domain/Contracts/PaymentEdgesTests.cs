using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Tests.Infrastructure;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Money at the edges of the payment clauses: C5's running-total limit (issue item 1), netting in due-date order with
/// a settlement line, interest on the unpaid amount of each day, and client lateness that waits for the payment's
/// conditions (item 6).
/// </summary>
public sealed class PaymentEdgesTests
{
    private static ContractDefinition Seed(string id) => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, id + ".json")));

    private static readonly Lazy<ContractDefinition> C3 = new(() => Seed("c3-medical-registration-ops-2024"));
    private static readonly Lazy<ContractDefinition> C4 = new(() => Seed("c4-health-commission-medadmin-ops-2024"));
    private static readonly Lazy<ContractDefinition> C5 = new(() => Seed("c5-booking-platform-2024"));

    private static ContractEvaluation Run(ContractDefinition d, string asOf, IEnumerable<FactSketch> facts) =>
        Evaluate(d, asOf, facts.ToList());

    private static FactSketch Usage(string month, long online, long phone) =>
        Fact($"u-{month}", FactTypes.UsageVerified, $"{month}-28T10:00:00") with { Month = month, Online = online, Phone = phone };

    /// <summary>Months 2024-02 … 2025-01 with the charges given for the first month of each payment period, the others verified at zero.</summary>
    private static IEnumerable<FactSketch> Year((long Online, long Phone) first, (long Online, long Phone) second, (long Online, long Phone) third) =>
        Enumerable.Range(0, 12).Select(i => new DateOnly(2024, 2, 1).AddMonths(i).ToString("yyyy-MM")).Select(m => m switch
        {
            "2024-02" => Usage(m, first.Online, first.Phone),
            "2024-08" => Usage(m, second.Online, second.Phone),
            "2024-12" => Usage(m, third.Online, third.Phone),
            _ => Usage(m, 0, 0),
        });

    // 21,738,942 × ¥0.46 + 22 × ¥3.94 = ¥10,000,000.00; 20,086,888 × ¥0.46 + 8 × ¥3.94 = ¥9,240,000.00
    private static readonly (long, long) TenMillion = (21_738_942, 22), NinePointTwoFourMillion = (20_086_888, 8);

    /// <summary>
    /// C5 第四条4.1「如超出预算金额部分≤1%，由乙方承担，>1%部分由甲乙双方协商，另行签订补充协议结算」: the limit holds for the
    /// running total, so the second payment stops at ¥19,000,000 less the first, and nothing is left for the third.
    /// </summary>
    [Fact]
    public void C5_NoPaymentTakesTheRunningTotalPastTheEstimate()
    {
        var e = Run(C5.Value, "2025-02-10T00:00:00", Year(TenMillion, NinePointTwoFourMillion, (0, 0)));
        Assert.Equal(19_240_000.00m, e.Usage!.Charges);
        Assert.Equal([10_000_000.00m, 9_000_000.00m, 0m], e.Payments.Select(p => p.Gross));
        Assert.Equal(e.Usage.Payable, e.Payments.Sum(p => p.Gross));
        Assert.Equal((190_000.00m, 50_000.00m), (e.Usage.BorneByVendor, e.Usage.NeedsSupplementalAgreement));
    }

    [Fact]
    public void C5_ASupplementalAgreementForAnAmount_RaisesTheCapByThatAmountOnly()
    {
        var agreement = Fact("supp-1", FactTypes.SupplementalAgreement, "2025-03-01T10:00:00") with { Amount = 30_000m };
        var e = Run(C5.Value, "2025-03-10T00:00:00", Year(TenMillion, NinePointTwoFourMillion, (0, 0)).Append(agreement));
        Assert.Equal([10_000_000.00m, 9_030_000.00m, 0m], e.Payments.Select(p => p.Gross));
        Assert.Equal((19_030_000.00m, 20_000.00m), (e.Usage!.Payable, e.Usage.NeedsSupplementalAgreement));
    }

    /// <summary>DOMAIN.md example 6: a last period verified at ¥4,610,000 (year ¥19,150,000) → payment 3 = 19,000,000 − 14,540,000.</summary>
    [Fact]
    public void C5_ThirdPayment_IsTheRemainderUpToTheCap_NotItsOwnPeriodsCharges()
    {
        // ¥8,540,000 = 10,000,000 × 0.46 + 1,000,000 × 3.94; ¥6,000,000 and ¥4,610,000 from the counts below
        var e = Run(C5.Value, "2025-02-10T00:00:00", Year((10_000_000, 1_000_000), (13_043_444, 4), (10_021_722, 2)));
        Assert.Equal(19_150_000.00m, e.Usage!.Charges);
        Assert.Equal([8_540_000.00m, 6_000_000.00m, 4_460_000.00m], e.Payments.Select(p => p.Gross));
    }

    private static readonly Lazy<ContractDefinition> TwoPayments = new(() => Contract("2026-03-02", "2026-03-02", "2026-12-31", 100000m, """
        "payments": [
          { "id": "final", "label": "尾款", "amount": 50000, "due": { "from": { "date": "2026-11-30" } } },
          { "id": "advance", "label": "首付款", "amount": 50000, "due": { "from": { "date": "2026-04-30" } } }],
        "penalties": [{ "id": "breach", "article": "第八条", "summary": "¥8,000 each time", "shape": "per-occurrence", "trigger": "occurrence",
          "amount": { "amount": 8000 } }]
        """));

    private static IEnumerable<FactSketch> ConfirmedBreach(string id, string at) =>
    [
        Fact(id, FactTypes.Occurrence, at) with { ClauseId = "breach" },
        Fact($"confirm-{id}", FactSketch.LedgerConfirmed, at) with { EntryId = $"breach:{id}", Amount = 8000m },
    ];

    [Fact]
    public void ConfirmedPenalties_AreNettedAgainstTheNextPaymentDue_NotTheFirstOneListed()
    {
        var e = Run(TwoPayments.Value, "2026-04-10T00:00:00", ConfirmedBreach("b1", "2026-04-01T10:00:00"));
        Assert.Equal((8000.00m, 42000.00m), (e.Payments.Single(p => p.Id == "advance").Deductions, e.Payments.Single(p => p.Id == "advance").Net));
        Assert.Equal(0m, e.Payments.Single(p => p.Id == "final").Deductions);
        Assert.Null(e.Settlement);
    }

    [Fact]
    public void PenaltiesConfirmedAfterTheLastPayment_AreCarriedToASettlementLine()
    {
        var paid = new[]
        {
            Fact("p1", FactTypes.PaymentMade, "2026-04-20T10:00:00") with { PaymentId = "advance", Amount = 50000m },
            Fact("p2", FactTypes.PaymentMade, "2026-11-20T10:00:00") with { PaymentId = "final", Amount = 50000m },
        };
        var e = Run(TwoPayments.Value, "2026-12-31T00:00:00", paid.Concat(ConfirmedBreach("b2", "2026-12-10T10:00:00")));
        Assert.All(e.Payments, p => Assert.Equal(0m, p.Deductions));
        Assert.Equal(8000.00m, e.Settlement!.OwedByVendor);
    }

    /// <summary>
    /// C2 第八条第1款「每逾期一日，应向乙方支付应付未付金额千分之1的违约金」: each day is charged on that day's unpaid amount, so a
    /// part payment lowers the base from the next day, and the cap stays 5 % of the overdue part.
    /// </summary>
    [Fact]
    public void C2_InterestForEachDay_IsOnTheAmountUnpaidThatDay()
    {
        var c2 = Seed("c2-chaoyang-his-2026");
        var facts = new[]
        {
            Fact("inv-1", FactTypes.InvoiceReceived, "2026-02-10T10:00:00") with { PaymentId = "c2-pay-advance" },
            Fact("r1", FactTypes.PaymentReminderSent, "2026-03-12T10:00:00") with { PaymentId = "c2-pay-advance" },
            Fact("r2", FactTypes.PaymentReminderSent, "2026-03-19T10:00:00") with { PaymentId = "c2-pay-advance" },
            Fact("part", FactTypes.PaymentMade, "2026-03-24T15:00:00") with { PaymentId = "c2-pay-advance", Amount = 400000m },
        };
        var entry = Assert.Single(Run(c2, "2026-03-29T12:00:00", facts).Ledger, x => x.ClauseId == "c2-client-late-payment");
        // 03-20 … 03-24: 5 days × 0.1 % × 737,500; 03-25 … 03-29: 5 days × 0.1 % × 337,500
        Assert.Equal(5375.00m, entry.Amount);
    }

    /// <summary>
    /// C4 8.2「每推迟15天付款，甲方同意乙方加罚甲方未付款项的1%」: each completed 15 days is charged on what was still unpaid when
    /// they completed.
    /// </summary>
    [Fact]
    public void C4_EachCompletedFifteenDays_IsChargedOnWhatWasStillUnpaidThen()
    {
        var facts = new[]
        {
            Fact("inv", FactTypes.InvoiceReceived, "2024-06-01T10:00:00") with { PaymentId = "c4-pay-advance" },
            Fact("part", FactTypes.PaymentMade, "2024-06-25T10:00:00") with { PaymentId = "c4-pay-advance", Amount = 200000m },
        };
        var e = Run(C4.Value, "2024-07-10T12:00:00", facts);
        Assert.Equal(At("2024-06-06T23:59:59"), e.Payments.Single(p => p.Id == "c4-pay-advance").DueAt);
        // 06-07 … 06-21 unpaid 372,350 → 3,723.50; 06-22 … 07-06 ends with 172,350 unpaid → 1,723.50
        Assert.Equal(5447.00m, Assert.Single(e.Ledger, x => x.ClauseId == "c4-client-late").Amount);
    }

    /// <summary>
    /// C3 9.2「在项目验收合格30天后，甲方按本合同规定付款期限每推迟15天付款…」with 第四章2.C「甲方待财政资金到位后…支付」: the client is
    /// not late before the funds and the invoice are there.
    /// </summary>
    [Fact]
    public void C3_ClientLateness_StartsOnlyWhenFundsAndInvoiceAreThere()
    {
        var accepted = Fact("acc", FactTypes.Accepted, "2025-08-20T10:00:00");
        var noFunds = Run(C3.Value, "2025-12-31T00:00:00", [accepted, Fact("inv", FactTypes.InvoiceReceived, "2025-08-21T10:00:00") with { PaymentId = "c3-pay-final" }]);
        Assert.DoesNotContain(noFunds.Ledger, x => x.ClauseId == "c3-client-late");
        var final = noFunds.Payments.Single(p => p.Id == "c3-pay-final");
        Assert.Equal((PaymentStatus.Due, "funds-received"), (final.Status, Assert.Single(final.UnmetConditions)));

        var withFunds = new[]
        {
            accepted,
            Fact("funds", FactTypes.FundsReceived, "2025-10-30T09:00:00") with { PaymentId = "c3-pay-final" },
            Fact("inv", FactTypes.InvoiceReceived, "2025-10-30T10:00:00") with { PaymentId = "c3-pay-final" },
        };
        Assert.DoesNotContain(Run(C3.Value, "2025-11-13T23:00:00", withFunds).Ledger, x => x.ClauseId == "c3-client-late");
        // from 10-31: 15 days completed on 11-14 → 1 % × 904,500
        Assert.Equal(9045.00m, Assert.Single(Run(C3.Value, "2025-11-20T00:00:00", withFunds).Ledger, x => x.ClauseId == "c3-client-late").Amount);
    }

    /// <summary>C1 第二条「如乙方未提供发票，则甲方有权拒付。此情况下甲方不构成逾期履行」: no invoice, no lateness.</summary>
    [Fact]
    public void C1_WithoutTheInvoice_ThePaymentIsNeverOverdue()
    {
        var c1 = Seed("c1-childrens-internet-hospital-2016");
        var advance = Run(c1, "2016-08-01T00:00:00", []).Payments.Single(p => p.Id == "c1-pay-advance");
        Assert.Equal(PaymentStatus.AwaitingInvoice, advance.Status);
        var invoiced = Run(c1, "2016-08-01T00:00:00", [Fact("inv", FactTypes.InvoiceReceived, "2016-04-20T10:00:00") with { PaymentId = "c1-pay-advance" }]);
        Assert.Equal(PaymentStatus.Overdue, invoiced.Payments.Single(p => p.Id == "c1-pay-advance").Status);
    }
}
